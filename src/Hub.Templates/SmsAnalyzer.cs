using Hub.Templates.Internals;

namespace Hub.Templates;

/// <summary>
/// Works out how an SMS text is encoded and split (3GPP TS 23.038 / 23.040), and which characters forced UCS-2.
/// Runs on every SMS render, so it walks the text without allocating per character.
/// </summary>
public static class SmsAnalyzer
{
    public static SmsAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var septets = Gsm7Alphabet.SeptetsOf(text);
        if (septets >= 0)
        {
            // Every GSM-7 character is in the Basic Multilingual Plane, so characters and UTF-16 units agree.
            return new SmsAnalysis(SmsEncoding.Gsm7, text.Length, septets, SmsSegmenter.Split(text, SmsEncoding.Gsm7, septets), []);
        }
        var unicode = UnicodeCharacterCollector.Collect(text, out var characters);
        return new SmsAnalysis(SmsEncoding.Ucs2, characters, text.Length, SmsSegmenter.Split(text, SmsEncoding.Ucs2, text.Length), unicode);
    }

    /// <summary>
    /// <paramref name="text"/> with every character that has a suggested GSM-7 replacement replaced by it; characters
    /// without one stay, so the result may still be UCS-2.
    /// </summary>
    public static string ApplyReplacements(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GsmReplacements.Apply(text);
    }
}
