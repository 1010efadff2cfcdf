using Hub.Templates;

namespace Hub.Tests.Templates.Sms;

/// <summary>Where parts are cut: never between ESC and its code, nor between the halves of a surrogate pair.</summary>
public sealed class SmsSegmentBoundaryTests
{
    private const string Emoji = "\U0001F600";

    [Fact]
    public void An_extension_character_at_a_part_boundary_moves_whole_to_the_next_part()
    {
        // 306 septets would fit two parts of 153, but the € would straddle them: 152 | € + 151 | 1.
        var text = new string('A', 152) + "€" + new string('A', 152);

        var analysis = SmsAnalyzer.Analyze(text);

        Assert.Equal(306, analysis.Units);
        Assert.Equal([152, 153, 1], analysis.Parts.Select(p => p.Units));
        Assert.Equal("€", text.Substring(analysis.Parts[1].Start, 1));
    }

    [Fact]
    public void A_surrogate_pair_at_a_part_boundary_moves_whole_to_the_next_part()
    {
        // 134 units would fit two parts of 67, but the emoji would straddle them: 66 | emoji + 65 | 1.
        var text = new string('Б', 66) + Emoji + new string('Б', 66);

        var analysis = SmsAnalyzer.Analyze(text);

        Assert.Equal(134, analysis.Units);
        Assert.Equal([66, 67, 1], analysis.Parts.Select(p => p.Units));
        Assert.Equal(Emoji, text.Substring(analysis.Parts[1].Start, 2));
    }

    [Fact]
    public void The_parts_cover_the_text_in_order()
    {
        var text = string.Concat(Enumerable.Repeat("Ordre #1001 er sendt. ", 20));

        var analysis = SmsAnalyzer.Analyze(text);

        Assert.Equal(3, analysis.Segments);
        Assert.Equal(text, string.Concat(analysis.Parts.Select(p => text.Substring(p.Start, p.Length))));
        Assert.All(analysis.Parts, p => Assert.InRange(p.Units, 1, 153));
    }

    [Fact]
    public void An_empty_text_is_one_empty_gsm7_part()
    {
        var analysis = SmsAnalyzer.Analyze("");

        Assert.Equal(SmsEncoding.Gsm7, analysis.Encoding);
        Assert.Equal(0, analysis.Units);
        Assert.Equal([new SmsSegment(0, 0, 0)], analysis.Parts);
    }

    [Fact]
    public void Characters_count_code_points_and_units_count_utf16_for_ucs2()
    {
        var analysis = SmsAnalyzer.Analyze("Hi " + Emoji);

        Assert.Equal(4, analysis.Characters);
        Assert.Equal(5, analysis.Units);
        Assert.Equal("UTF-16 units", analysis.UnitName);
    }

    [Fact]
    public void A_lone_surrogate_is_one_ucs2_unit_and_does_not_break_the_analysis()
    {
        var analysis = SmsAnalyzer.Analyze("a\uD83Db");

        Assert.Equal(SmsEncoding.Ucs2, analysis.Encoding);
        Assert.Equal(3, analysis.Units);
        Assert.Equal(0xD83D, Assert.Single(analysis.UnicodeCharacters).CodePoint);
    }
}
