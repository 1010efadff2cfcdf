using Hub.Core.Outbound;

namespace Hub.Tests.Outbound;

public sealed class OutboundUrlTests
{
    [Theory]
    [InlineData("123", "123")]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("a..b", "a..b")]
    [InlineData("../admin", "..%2Fadmin")]
    [InlineData("12/../34 x", "12%2F..%2F34%20x")]
    [InlineData("a?b#c%d", "a%3Fb%23c%25d")]
    [InlineData("a\\..\\b", "a%5C..%5Cb")]
    public void A_path_segment_value_cannot_add_or_remove_segments(string value, string escaped)
    {
        Assert.Equal(escaped, OutboundUrl.EscapePathSegment(value));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../../admin")]
    [InlineData("x/../../admin")]
    public void A_built_url_keeps_the_templates_path(string id)
    {
        var url = OutboundUrl.Build("https://api.example.com/v3/contacts/{id}/notes?q={q}", new Dictionary<string, string> { ["id"] = id, ["q"] = "a&b=c" });

        Assert.StartsWith("/v3/contacts/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/notes", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(4, url.AbsolutePath.Count(c => c == '/'));
        Assert.Equal("?q=a%26b%3Dc", url.Query);
        Assert.Equal("api.example.com", url.Host);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/x")]
    [InlineData("/relative/path")]
    [InlineData("https://example.com/a b")]
    [InlineData("")]
    public void Only_absolute_http_urls_without_spaces_are_created(string text)
    {
        Assert.False(OutboundUrl.TryCreate(text, out _));
    }
}
