namespace Hub.Templates.Internals;

/// <summary>
/// The GSM 03.38 default alphabet and its extension table, as Unicode's GSM0338.TXT maps them (the fixture
/// <c>tests/fixtures/providers/sms-encoding/gsm7-alphabet.json</c>; a test keeps the two identical).
/// </summary>
internal static class Gsm7Alphabet
{
    /// <summary>The character of each septet code 0x00–0x7F; 0x1B is the escape to the extension table, not a character.</summary>
    public const string Basic =
        "@£$¥èéùìòÇ\u000AØø\u000DÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    public const int Escape = 0x1B;

    /// <summary>The extension characters, each sent as ESC and the code at the same index of <see cref="ExtensionCodes"/>.</summary>
    public const string Extension = "\u000C^{}\\[~]|€";

    public const string ExtensionCodes = "\u000A\u0014\u0028\u0029\u002F\u003C\u003D\u003E\u0040\u0065";

    /// <summary>
    /// 0x09 is capital Ç in the original table and small ç in Unicode's 2015 revision; handsets show either, and both
    /// go as 0x09, so a ç is not worth the price of UCS-2.
    /// </summary>
    private const char SmallCCedilla = 'ç';

    /// <summary>Septets per character (0: not in the alphabet), indexed by UTF-16 unit; € (U+20AC) is the highest.</summary>
    private static readonly byte[] Septets = BuildSeptets();

    /// <summary>1 or 2 for a GSM-7 character, 0 for any other UTF-16 unit.</summary>
    public static int SeptetsOf(char c) => c < Septets.Length ? Septets[c] : 0;

    /// <summary>The septets of the whole text, or -1 as soon as a character is not in the alphabet.</summary>
    public static int SeptetsOf(ReadOnlySpan<char> text)
    {
        var total = 0;
        foreach (var c in text)
        {
            var septets = SeptetsOf(c);
            if (septets == 0)
            {
                return -1;
            }
            total += septets;
        }
        return total;
    }

    private static byte[] BuildSeptets()
    {
        var highest = Math.Max(Basic.Max(), Extension.Max());
        var septets = new byte[highest + 1];
        foreach (var c in Basic)
        {
            septets[c] = 1;
        }
        septets[Escape] = 0;
        septets[SmallCCedilla] = 1;
        foreach (var c in Extension)
        {
            septets[c] = 2;
        }
        return septets;
    }
}
