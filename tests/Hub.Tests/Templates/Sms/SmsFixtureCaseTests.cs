using Hub.Templates;

namespace Hub.Tests.Templates.Sms;

/// <summary>Every case of <c>segment-test-cases.json</c>, one test each, so that a failing case names itself.</summary>
public sealed class SmsFixtureCaseTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < SegmentTestCase.All.Count; i++)
        {
            data.Add(i, SegmentTestCase.All[i].ToString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fixture_case_has_its_encoding_units_and_segments(int index, string label)
    {
        var expected = SegmentTestCase.All[index];

        var analysis = SmsAnalyzer.Analyze(expected.Expand());

        Assert.Equal(label, expected.ToString());
        Assert.Equal(expected.Encoding, analysis.EncodingName);
        Assert.Equal(expected.Units, analysis.Units);
        Assert.Equal(expected.Segments, analysis.Segments);
        Assert.Equal(expected.Units, analysis.Parts.Sum(p => p.Units));
    }

    [Fact]
    public void The_fixture_still_has_the_cases_this_suite_was_written_against()
    {
        Assert.True(SegmentTestCase.All.Count >= 18, $"only {SegmentTestCase.All.Count} cases were read");
    }
}
