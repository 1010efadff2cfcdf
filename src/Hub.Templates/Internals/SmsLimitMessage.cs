using System.Globalization;

namespace Hub.Templates.Internals;

/// <summary>
/// Why an SMS is over its template's <c>max_segments</c>, worded for the analyst who has to shorten the text: how
/// long it is, and when UCS-2 is to blame, which characters forced it and what to write instead.
/// </summary>
internal static class SmsLimitMessage
{
    /// <summary>Enough to find them in the text; a Cyrillic text would otherwise list its whole alphabet.</summary>
    private const int CharactersShown = 10;

    public static string Describe(string text, SmsAnalysis sms, int maxSegments)
    {
        var capacity = SmsSegmentLimits.Capacity(sms.Encoding, maxSegments);
        var message = $"The SMS is {Segments(sms.Segments)}, more than max_segments {maxSegments}: {sms.Units} {sms.UnitName} "
            + $"as {sms.EncodingName}, and {Segments(maxSegments)} {(maxSegments == 1 ? "holds" : "hold")} at most {capacity}.";
        if (sms.UnicodeCharacters.Count == 0)
        {
            return message;
        }
        var shown = sms.UnicodeCharacters.Take(CharactersShown).Select(SmsCharacterText.Describe);
        var more = sms.UnicodeCharacters.Count > CharactersShown ? $" and {sms.UnicodeCharacters.Count - CharactersShown} more" : "";
        message += $" UCS-2 because of {string.Join(", ", shown)}{more}.";
        if (sms.UnicodeCharacters.Any(c => c.Replacement is not null))
        {
            var replaced = SmsAnalyzer.Analyze(SmsAnalyzer.ApplyReplacements(text));
            message += $" With the replacements it would be {replaced.EncodingName}, {Segments(replaced.Segments)}.";
        }
        return message;
    }

    private static string Segments(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " segment" : " segments");
}
