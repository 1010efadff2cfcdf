namespace Hub.Templates.Internals;

/// <summary>
/// Cuts a text into SMS parts. An escape pair (GSM-7 extension character) or a surrogate pair (UCS-2) is never split
/// across two parts, since a handset would show garbage; near the limit that can cost one part more than
/// <c>ceil(units / per part)</c>.
/// </summary>
internal static class SmsSegmenter
{
    public static IReadOnlyList<SmsSegment> Split(string text, SmsEncoding encoding, int units)
    {
        if (units <= SmsSegmentLimits.Single(encoding))
        {
            return [new SmsSegment(0, text.Length, units)];
        }
        var perPart = SmsSegmentLimits.PerPart(encoding);
        var parts = new List<SmsSegment>((units / perPart) + 2);
        var start = 0;
        var partUnits = 0;
        for (var i = 0; i < text.Length;)
        {
            var (width, advance) = encoding == SmsEncoding.Gsm7 ? (Gsm7Alphabet.SeptetsOf(text[i]), 1) : Ucs2Width(text, i);
            if (partUnits + width > perPart)
            {
                parts.Add(new SmsSegment(start, i - start, partUnits));
                start = i;
                partUnits = 0;
            }
            partUnits += width;
            i += advance;
        }
        parts.Add(new SmsSegment(start, text.Length - start, partUnits));
        return parts;
    }

    private static (int Width, int Advance) Ucs2Width(string text, int i) => SurrogatePair.StartsAt(text, i) ? (2, 2) : (1, 1);
}
