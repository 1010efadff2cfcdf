using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Hub.Templates.Internals;

/// <summary>
/// GSM-7 stand-ins for characters that word processors and CMSs slip into texts: one curly quote halves what an
/// SMS holds (160 → 70), and the reader would hardly notice a straight one.
/// </summary>
internal static class GsmReplacements
{
    private static readonly FrozenDictionary<int, string> Typographic = new Dictionary<int, string>
    {
        // Quotes and primes, and the accents people type as apostrophes (` and ´ are not in GSM-7).
        [0x2018] = "'", [0x2019] = "'", [0x201A] = "'", [0x201B] = "'", [0x2032] = "'", [0x02BC] = "'",
        [0x0060] = "'", [0x00B4] = "'", [0x2039] = "'", [0x203A] = "'",
        [0x201C] = "\"", [0x201D] = "\"", [0x201E] = "\"", [0x201F] = "\"", [0x2033] = "\"", [0x00AB] = "\"", [0x00BB] = "\"",
        // Hyphens, dashes and the minus sign.
        [0x2010] = "-", [0x2011] = "-", [0x2012] = "-", [0x2013] = "-", [0x2014] = "-", [0x2015] = "-", [0x2212] = "-",
        [0x2026] = "...",
        // Tab and the Unicode spaces (non-breaking, narrow, thin, em, ...).
        [0x0009] = " ", [0x00A0] = " ", [0x2000] = " ", [0x2001] = " ", [0x2002] = " ", [0x2003] = " ", [0x2004] = " ",
        [0x2005] = " ", [0x2006] = " ", [0x2007] = " ", [0x2008] = " ", [0x2009] = " ", [0x200A] = " ", [0x202F] = " ",
        [0x205F] = " ", [0x3000] = " ",
        // Invisible: a zero-width space, word joiner, byte order mark or soft hyphen shows nothing, so it can go.
        [0x200B] = "", [0x2060] = "", [0xFEFF] = "", [0x00AD] = "",
        // Letters with a stroke do not decompose into letter + accent.
        [0x0141] = "L", [0x0142] = "l", [0x0110] = "D", [0x0111] = "d", [0x0131] = "i",
    }.ToFrozenDictionary();

    /// <summary>The replacement for one character, or null when GSM-7 has nothing close.</summary>
    public static string? For(string character, int codePoint) =>
        Typographic.TryGetValue(codePoint, out var replacement) ? replacement : WithoutAccent(character);

    /// <summary>The text with every replacement applied; characters without one stay as they are.</summary>
    public static string Apply(string text)
    {
        if (Gsm7Alphabet.SeptetsOf(text) >= 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Gsm7Alphabet.SeptetsOf(text[i]) > 0)
            {
                result.Append(text[i]);
                continue;
            }
            var pair = SurrogatePair.StartsAt(text, i);
            var character = text.Substring(i, pair ? 2 : 1);
            result.Append(For(character, pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i]) ?? character);
            i += pair ? 1 : 0;
        }
        return result.ToString();
    }

    /// <summary>
    /// A Latin letter with an accent GSM-7 lacks, as its base letter (<c>á</c> → <c>a</c>): only when it decomposes
    /// into an ASCII letter and combining marks. Letters with a stroke (ł) do not, so they have entries above.
    /// </summary>
    private static string? WithoutAccent(string character)
    {
        // Only the Latin blocks can decompose to an ASCII letter; checking first keeps Normalize (which allocates, and
        // throws on a lone surrogate) away from Cyrillic or CJK texts, which have many distinct characters.
        if (character.Length != 1 || !IsAccentedLatin(character[0]))
        {
            return null;
        }
        var decomposed = character.Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || !char.IsAsciiLetter(decomposed[0]))
        {
            return null;
        }
        for (var i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
            {
                return null;
            }
        }
        return decomposed[..1];
    }

    /// <summary>Latin-1 Supplement, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese).</summary>
    private static bool IsAccentedLatin(char c) => char.IsLetter(c) && (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF');
}
