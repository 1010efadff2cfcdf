namespace Hub.Templates;

/// <summary>A character outside the GSM-7 alphabet, one of those that made the text go as UCS-2.</summary>
/// <param name="Character">The character as text (two UTF-16 units for an emoji).</param>
/// <param name="CodePoint">Its Unicode code point, e.g. <c>0x2019</c> (a lone surrogate is reported as itself).</param>
/// <param name="FirstIndex">Where it first occurs in the text (UTF-16 index).</param>
/// <param name="Count">How often it occurs.</param>
/// <param name="Replacement">
/// GSM-7 text that says the same (<c>’</c> → <c>'</c>, <c>…</c> → <c>...</c>); empty when the character is invisible and can
/// simply go; null when there is none (Cyrillic, emoji).
/// </param>
public sealed record SmsUnicodeCharacter(string Character, int CodePoint, int FirstIndex, int Count, string? Replacement)
{
    /// <summary><c>U+2019</c>, as people look characters up.</summary>
    public string CodePointText => $"U+{CodePoint:X4}";
}
