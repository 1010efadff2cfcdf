using Hub.Templates;

namespace Hub.Tests.Templates.Sms;

/// <summary>The characters that forced UCS-2, and what to write instead.</summary>
public sealed class SmsUnicodeCharacterTests
{
    [Theory]
    [InlineData("\u2018", "'")]
    [InlineData("\u2019", "'")]
    [InlineData("\u201C", "\"")]
    [InlineData("\u201D", "\"")]
    [InlineData("\u2013", "-")]
    [InlineData("\u2014", "-")]
    [InlineData("\u2026", "...")]
    [InlineData("\u00A0", " ")]
    [InlineData("\u202F", " ")]
    [InlineData("\t", " ")]
    [InlineData("\u200B", "")]
    [InlineData("á", "a")]
    [InlineData("ï", "i")]
    [InlineData("ł", "l")]
    [InlineData("Ś", "S")]
    public void A_typographic_or_accented_character_has_a_gsm7_replacement(string character, string replacement)
    {
        var found = Assert.Single(SmsAnalyzer.Analyze($"Hi {character}there").UnicodeCharacters);

        Assert.Equal(character, found.Character);
        Assert.Equal(3, found.FirstIndex);
        Assert.Equal(replacement, found.Replacement);
    }

    [Theory]
    [InlineData("Б")]
    [InlineData("\U0001F600")]
    [InlineData("中")]
    [InlineData("α")]
    public void A_character_gsm7_has_nothing_close_to_has_no_replacement(string character)
    {
        Assert.Null(Assert.Single(SmsAnalyzer.Analyze($"Hi {character}").UnicodeCharacters).Replacement);
    }

    [Fact]
    public void Each_character_is_listed_once_in_order_of_first_occurrence_with_its_count()
    {
        var analysis = SmsAnalyzer.Analyze("It’s “done” – it’s");

        Assert.Equal(
            [("’", "U+2019", 2, 2), ("“", "U+201C", 5, 1), ("”", "U+201D", 10, 1), ("–", "U+2013", 12, 1)],
            analysis.UnicodeCharacters.Select(c => (c.Character, c.CodePointText, c.FirstIndex, c.Count)));
    }

    [Fact]
    public void A_gsm7_text_lists_no_characters()
    {
        Assert.Empty(SmsAnalyzer.Analyze("Price: 10€ [promo] {x} ~ ^ | \\").UnicodeCharacters);
    }

    [Fact]
    public void Applying_the_replacements_turns_a_typographic_text_into_one_gsm7_segment()
    {
        var text = "Your order’s on its way — track it here… “soon”";

        var replaced = SmsAnalyzer.ApplyReplacements(text);

        Assert.Equal("Your order's on its way - track it here... \"soon\"", replaced);
        Assert.Equal(SmsEncoding.Gsm7, SmsAnalyzer.Analyze(replaced).Encoding);
    }

    [Fact]
    public void Applying_the_replacements_keeps_characters_without_one()
    {
        Assert.Equal("Привет - \U0001F600", SmsAnalyzer.ApplyReplacements("Привет – \U0001F600"));
    }

    [Fact]
    public void Every_suggested_replacement_is_itself_gsm7()
    {
        var notGsm = Enumerable.Range(0, 0x10000)
            .Where(code => !char.IsSurrogate((char)code))
            .SelectMany(code => SmsAnalyzer.Analyze(((char)code).ToString()).UnicodeCharacters)
            .Where(c => c.Replacement is { } r && SmsAnalyzer.Analyze(r).Encoding != SmsEncoding.Gsm7)
            .Select(c => $"{c.CodePointText} → {c.Replacement}")
            .ToList();

        Assert.Empty(notGsm);
    }
}
