using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors;

/// <summary>Builds Shopify deliveries the way Shopify sends them, signed at run time (no fixed vector exists).</summary>
internal static class ShopifyRequests
{
    public const string Secret = "shpss_test_secret_0123456789";
    public static readonly DateTimeOffset ReceivedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ConnectorCatalog> LazyCatalog = new(() => ConnectorCatalog.LoadDirectory(RepoPaths.ConnectorsDirectory));

    public static ConnectorCatalog Catalog => LazyCatalog.Value;

    public static ConnectorDefinition Shopify => Catalog.Find("shopify") ?? throw new InvalidOperationException("No shopify connector.");

    public static byte[] FixtureBytes(string file) => File.ReadAllBytes(RepoPaths.Fixture("shopify", file));

    public static string Sign(byte[] body, string secret = Secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static WebhookRequest Request(byte[] body, string topic, string? signature = null, string webhookId = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json",
            ["X-Shopify-Topic"] = topic,
            ["X-Shopify-Webhook-Id"] = webhookId,
            ["X-Shopify-Shop-Domain"] = "jsmith.myshopify.com",
            ["X-Shopify-API-Version"] = "2026-04",
            ["X-Shopify-Hmac-Sha256"] = signature ?? Sign(body),
        };
        return new WebhookRequest("POST", "/webhooks/shop-1", headers, body, ReceivedAt);
    }

    public static ConnectorContext Context(string? defaultRegion = null)
    {
        var settings = new JsonObject();
        if (defaultRegion is not null)
        {
            settings["defaultRegion"] = defaultRegion;
        }
        return new ConnectorContext("shop-1", settings);
    }

    /// <summary>The fixture with some fields replaced, serialised compactly like a real delivery.</summary>
    public static byte[] Edited(string file, Action<JsonObject> edit)
    {
        var body = JsonNode.Parse(FixtureBytes(file))!.AsObject();
        edit(body);
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }
}
