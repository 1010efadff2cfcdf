namespace Hub.Tests.Scripting.Functions;

public sealed class TrackFunctionTests
{
    private static string Track(string url, string args = "'sms' 'order-confirmation'") =>
        Rendered.For($"{{{{ url | track {args} }}}}", "{\"url\": \"" + url + "\"}");

    [Fact]
    public void Tracking_parameters_are_added_to_a_plain_link()
    {
        Assert.Equal("https://shop.example/o/1?utm_source=hub&utm_medium=sms&utm_campaign=order-confirmation",
            Track("https://shop.example/o/1"));
    }

    [Fact]
    public void An_existing_query_and_fragment_are_kept()
    {
        Assert.Equal("https://shop.example/o/1?a=1&b=x%20y&utm_source=hub&utm_medium=sms&utm_campaign=order-confirmation#items",
            Track("https://shop.example/o/1?a=1&b=x%20y#items"));
    }

    [Fact]
    public void Values_are_escaped_and_the_source_can_be_named()
    {
        Assert.Equal("https://shop.example/?utm_source=acme%20shop&utm_medium=e%26mail&utm_campaign=spring%2F2026",
            Track("https://shop.example/", "'e&mail' 'spring/2026' 'acme shop'"));
    }

    [Fact]
    public void Parameters_the_link_already_has_are_not_overwritten()
    {
        Assert.Equal("https://shop.example/?utm_source=newsletter&utm_medium=sms&utm_campaign=order-confirmation",
            Track("https://shop.example/?utm_source=newsletter"));
    }

    [Fact]
    public void What_is_not_an_http_link_is_left_as_it_is()
    {
        Assert.Equal("mailto:a@b.example", Track("mailto:a@b.example"));
    }
}
