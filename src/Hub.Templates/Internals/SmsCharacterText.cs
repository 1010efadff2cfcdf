using System.Globalization;

namespace Hub.Templates.Internals;

/// <summary>A character that forced UCS-2 as an error message shows it: <c>U+2019 ’ (write ')</c>.</summary>
internal static class SmsCharacterText
{
    public static string Describe(SmsUnicodeCharacter character)
    {
        ArgumentNullException.ThrowIfNull(character);
        // A no-break space or a zero-width space looks like nothing in a message, so only the code point names it.
        var glyph = IsVisible(character.Character) ? " " + character.Character : "";
        var advice = character.Replacement switch
        {
            null => "no GSM-7 replacement",
            "" => "remove it",
            " " => "write a space",
            var replacement => "write " + replacement,
        };
        return $"{character.CodePointText}{glyph} ({advice})";
    }

    private static bool IsVisible(string character) =>
        CharUnicodeInfo.GetUnicodeCategory(character, 0) is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
