namespace Hub.Templates.Internals;

/// <summary>Finds the distinct characters of a UCS-2 text that are not in the GSM-7 alphabet, with their replacements.</summary>
internal static class UnicodeCharacterCollector
{
    /// <summary>The characters in order of first occurrence; <paramref name="codePoints"/> counts all code points of the text.</summary>
    public static IReadOnlyList<SmsUnicodeCharacter> Collect(string text, out int codePoints)
    {
        // Index into the lists by code point; only characters outside GSM-7 get here, so this stays small.
        var indexOf = new Dictionary<int, int>();
        var firstIndexes = new List<(int CodePoint, int FirstIndex, int Length)>();
        var counts = new List<int>();
        codePoints = 0;
        for (var i = 0; i < text.Length; codePoints++)
        {
            var length = SurrogatePair.StartsAt(text, i) ? 2 : 1;
            if (length == 1 && Gsm7Alphabet.SeptetsOf(text[i]) > 0)
            {
                i++;
                continue;
            }
            var codePoint = length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (indexOf.TryGetValue(codePoint, out var index))
            {
                counts[index]++;
            }
            else
            {
                indexOf[codePoint] = firstIndexes.Count;
                firstIndexes.Add((codePoint, i, length));
                counts.Add(1);
            }
            i += length;
        }
        var result = new SmsUnicodeCharacter[firstIndexes.Count];
        for (var n = 0; n < result.Length; n++)
        {
            var (codePoint, firstIndex, length) = firstIndexes[n];
            var character = text.Substring(firstIndex, length);
            result[n] = new SmsUnicodeCharacter(character, codePoint, firstIndex, counts[n], GsmReplacements.For(character, codePoint));
        }
        return result;
    }
}
