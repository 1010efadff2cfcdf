using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors;

public sealed class JsonBodyTests
{
    private static WebhookRequest Request(byte[] body) =>
        new("POST", "/webhooks/shop-1", new Dictionary<string, string>(), body, DateTimeOffset.UtcNow);

    private static InvalidWebhookBodyException Reject(string body) =>
        Assert.Throws<InvalidWebhookBodyException>(() => ShopifyRequests.Shopify.ParseBody(Request(Encoding.UTF8.GetBytes(body))));

    [Fact]
    public void A_syntax_error_names_its_line_and_byte()
    {
        var ex = Reject("{\n  \"id\": 1,\n  \"name\": ]\n}");

        Assert.StartsWith("The body is not valid JSON at line 3, byte 11: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  \n", "empty")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"id\": 1, \"id\": 2}", "Duplicate")]
    [InlineData("{\"id\": 1} trailing", "not valid JSON")]
    [InlineData("{\"id\": 1, \"note\": \"\\udc00\"}", "lone UTF-16 surrogate")]
    [InlineData("{\"id\": 1, \"\\ud800\": 2}", "lone UTF-16 surrogate")]
    public void Unusable_bodies_are_rejected_with_a_reason(string body, string reason)
    {
        Assert.Contains(reason, Reject(body).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_field_no_mapping_reads_is_rejected_at_once()
    {
        var ex = Assert.Throws<InvalidWebhookBodyException>(() => ShopifyRequests.Shopify.ParseBody(Request([.. "{\"id\": 1, \"note\": \""u8, 0xC3, .. "\"}"u8])));

        Assert.Equal("The body is not valid UTF-8 at byte 20.", ex.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_tolerated()
    {
        var body = ShopifyRequests.Shopify.ParseBody(Request([0xEF, 0xBB, 0xBF, .. "{\"id\": 1}"u8]));

        Assert.Equal(1, body["id"]!.GetValue<int>());
    }

    [Fact]
    public void Big_numbers_survive_parsing()
    {
        var body = ShopifyRequests.Shopify.ParseBody(Request("{\"id\": 820982911946154508}"u8.ToArray()));

        Assert.Equal("820982911946154508", body["id"]!.ToJsonString());
    }
}
