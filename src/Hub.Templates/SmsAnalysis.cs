namespace Hub.Templates;

/// <summary>What an SMS text costs: its encoding, its length in the units of that encoding and its parts.</summary>
/// <param name="Characters">Unicode code points (an emoji is one, although it takes two UCS-2 units).</param>
/// <param name="Units">Septets for GSM-7 (an extension character such as € counts two), UTF-16 code units for UCS-2.</param>
/// <param name="Parts">The segments in order; one for a text that fits a single SMS (also for an empty one).</param>
/// <param name="UnicodeCharacters">
/// For UCS-2, each distinct character that is not in the GSM-7 alphabet, in order of first occurrence; empty for GSM-7.
/// </param>
public sealed record SmsAnalysis(
    SmsEncoding Encoding,
    int Characters,
    int Units,
    IReadOnlyList<SmsSegment> Parts,
    IReadOnlyList<SmsUnicodeCharacter> UnicodeCharacters)
{
    /// <summary>How many SMS the text is billed as.</summary>
    public int Segments => Parts.Count;

    /// <summary><c>GSM-7</c> or <c>UCS-2</c>, as providers and the 3GPP specs write them.</summary>
    public string EncodingName => Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2";

    /// <summary>What <see cref="Units"/> counts, for messages: <c>septets</c> or <c>UTF-16 units</c>.</summary>
    public string UnitName => Encoding == SmsEncoding.Gsm7 ? "septets" : "UTF-16 units";
}
