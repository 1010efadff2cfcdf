using System.Text;
using Hub.Core.Json;

namespace Hub.Tests.Json;

public sealed class StrictJsonTests
{
    private static string? Problem(string json) => StrictJson.FindProblem(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("{\"a\": \"\\ud83d\\ude00\"}")]   // a pair
    [InlineData("{\"a\": \"\\\\udc00\"}")]        // an escaped backslash, then text
    [InlineData("{\"a\": \"\\u00e9\\n\\\"\"}")]
    [InlineData("{\"a\": \"ü\", \"b\": [1, 2.5, 1e400, 123456789012345678901234567890]}")]
    [InlineData("[]")]
    public void Strict_json_passes(string json)
    {
        Assert.Null(Problem(json));
    }

    [Theory]
    [InlineData("{\"a\": \"\\udc00\"}", "lone UTF-16 surrogate escape at byte 8")]
    [InlineData("{\"a\": \"\\ud800\"}", "lone UTF-16 surrogate escape at byte 8")]
    [InlineData("{\"a\": \"\\ud800x\"}", "lone UTF-16 surrogate")]
    [InlineData("{\"a\": \"\\ud800\\n\"}", "lone UTF-16 surrogate")]
    [InlineData("{\"a\": \"\\ud800\\ud800\"}", "lone UTF-16 surrogate")]
    [InlineData("{\"a\": \"\\ud800\", \"b\": \"\\udc00\"}", "lone UTF-16 surrogate")]
    [InlineData("{\"\\udc00\": 1}", "lone UTF-16 surrogate")]
    [InlineData("{\"a\": 1, \"a\": 2}", "Duplicate")]
    [InlineData("{\"a\": ", "not valid JSON")]
    [InlineData("", "empty")]
    public void Anything_else_is_named(string json, string problem)
    {
        Assert.Contains(problem, Problem(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_its_byte()
    {
        Assert.Equal("The body is not valid UTF-8 at byte 8.", StrictJson.FindProblem("{\"a\": \""u8.ToArray().Concat(new byte[] { 0xFF, (byte)'"', (byte)'}' }).ToArray()));
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        Assert.Contains("depth", Problem(new string('[', 10_000) + new string(']', 10_000)), StringComparison.OrdinalIgnoreCase);
    }
}
