using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Builds Shopify deliveries the way Shopify sends them: HMAC-SHA256 of the raw body, base64, in X-Shopify-Hmac-Sha256.</summary>
public static class ShopifyWebhook
{
    public static byte[] OrderCreatedFixture() => File.ReadAllBytes(RepoPaths.Fixture("webhooks/shopify/orders_create.json"));

    /// <summary>The fixture order with its id and number changed, minified as real deliveries are.</summary>
    public static byte[] Order(long id, string number)
    {
        var order = JsonNode.Parse(OrderCreatedFixture())!.AsObject();
        order["id"] = id;
        order["name"] = number;
        order["order_number"] = id;
        return Encoding.UTF8.GetBytes(order.ToJsonString());
    }

    public static string Sign(byte[] body, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static HttpRequestMessage Request(string connectorId, byte[] body, string secret, string webhookId,
        string topic = "orders/create", string? signature = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{connectorId}")
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Hmac-Sha256", signature ?? Sign(body, secret));
        request.Headers.Add("X-Shopify-Webhook-Id", webhookId);
        request.Headers.Add("X-Shopify-Shop-Domain", "example.myshopify.com");
        request.Headers.Add("X-Shopify-Triggered-At", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return request;
    }
}
