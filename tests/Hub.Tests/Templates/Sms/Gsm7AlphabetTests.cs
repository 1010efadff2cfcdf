using Hub.Templates;

namespace Hub.Tests.Templates.Sms;

/// <summary>The analyzer's alphabet is exactly the fixture's GSM0338 mapping, no character more or less.</summary>
public sealed class Gsm7AlphabetTests
{
    [Fact]
    public void Every_basic_table_character_is_one_septet()
    {
        foreach (var (code, c) in Gsm7AlphabetFixture.Basic)
        {
            var analysis = SmsAnalyzer.Analyze(c.ToString());

            Assert.True(analysis is { Encoding: SmsEncoding.Gsm7, Units: 1 }, $"0x{code:X2} U+{(int)c:X4} is {analysis.EncodingName}, {analysis.Units}");
        }
    }

    [Fact]
    public void Every_extension_table_character_is_two_septets()
    {
        Assert.Equal(Gsm7AlphabetFixture.Extension.Values.Select(c => c.ToString()), Gsm7AlphabetFixture.ExtensionChars);
        foreach (var (code, c) in Gsm7AlphabetFixture.Extension)
        {
            var analysis = SmsAnalyzer.Analyze(c.ToString());

            Assert.True(analysis is { Encoding: SmsEncoding.Gsm7, Units: 2 }, $"0x{code:X4} U+{(int)c:X4} is {analysis.EncodingName}, {analysis.Units}");
        }
    }

    [Fact]
    public void Every_other_character_of_the_basic_multilingual_plane_forces_ucs2()
    {
        // The fixture says to accept small ç as 0x09 too (Unicode's 2015 revision of GSM0338.TXT maps it there).
        var gsm = Gsm7AlphabetFixture.Basic.Values.Concat(Gsm7AlphabetFixture.Extension.Values).Append('ç').ToHashSet();
        var wrong = Enumerable.Range(0, 0x10000)
            .Select(code => (char)code)
            .Where(c => !char.IsSurrogate(c) && !gsm.Contains(c))
            .Where(c => SmsAnalyzer.Analyze(c.ToString()).Encoding != SmsEncoding.Ucs2)
            .Select(c => $"U+{(int)c:X4}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_escape_code_itself_is_not_a_character_of_the_alphabet()
    {
        Assert.Equal(SmsEncoding.Ucs2, SmsAnalyzer.Analyze("\u001B").Encoding);
    }
}
