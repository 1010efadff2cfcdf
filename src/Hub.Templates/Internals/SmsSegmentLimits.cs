namespace Hub.Templates.Internals;

/// <summary>
/// How much text one SMS holds (3GPP TS 23.040: 140 octets of user data; a concatenated part loses 6 octets to the
/// header with an 8-bit reference, which is what providers send).
/// </summary>
internal static class SmsSegmentLimits
{
    /// <summary>The most parts a concatenated SMS can have: the part number is one octet.</summary>
    public const int MaxSegments = 255;

    public static int Single(SmsEncoding encoding) => encoding == SmsEncoding.Gsm7 ? 160 : 70;

    public static int PerPart(SmsEncoding encoding) => encoding == SmsEncoding.Gsm7 ? 153 : 67;

    /// <summary>The most units <paramref name="segments"/> segments can hold.</summary>
    public static int Capacity(SmsEncoding encoding, int segments) =>
        segments == 1 ? Single(encoding) : segments * PerPart(encoding);
}
