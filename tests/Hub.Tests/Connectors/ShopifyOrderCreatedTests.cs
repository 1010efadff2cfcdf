using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Connectors;
using Hub.Core.Events;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors;

public sealed partial class ShopifyOrderCreatedTests
{
    private static readonly byte[] Body = ShopifyRequests.FixtureBytes("orders_create.json");

    [GeneratedRegex("^  \"id\": ([0-9]+),$", RegexOptions.Multiline)]
    private static partial Regex OrderIdLine();

    [GeneratedRegex("\"customer\": \\{\\s*\"id\": ([0-9]+),")]
    private static partial Regex CustomerIdLine();

    private static async Task<CanonicalEvent> NormalizeAsync(byte[] body, string? defaultRegion = null, string topic = "orders/create")
    {
        var shopify = ShopifyRequests.Shopify;
        var request = ShopifyRequests.Request(body, topic);
        var result = await shopify.NormalizeRequestAsync(request, ShopifyRequests.Context(defaultRegion));
        Assert.Null(result.IgnoredReason);
        return Assert.Single(result.Events);
    }

    private static JsonObject Order(CanonicalEvent e) => e.Data["order"]!.AsObject();

    private static JsonObject Contact(CanonicalEvent e) => e.Data["contact"]!.AsObject();

    [Fact]
    public void The_delivery_is_identified_by_its_headers()
    {
        var shopify = ShopifyRequests.Shopify;
        var request = ShopifyRequests.Request(Body, "orders/create");

        var identity = shopify.Identify(request, shopify.ParseBody(request));

        Assert.Equal(new WebhookIdentity("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", "orders/create"), identity);
    }

    [Fact]
    public async Task The_envelope_is_a_canonical_order_created_event()
    {
        var e = await NormalizeAsync(Body);

        Assert.Equal("order.created", e.Type);
        Assert.Equal("/connectors/shop-1", e.Source);
        Assert.Equal(OrderIdLine().Match(Encoding.UTF8.GetString(Body)).Groups[1].Value, e.Subject);
        Assert.Equal(DateTimeOffset.Parse("2021-12-31T19:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture), e.Time);
        Assert.Equal("urn:hub:schema:order.created:v1", e.DataSchema);
        Assert.Matches("^evt_[a-z2-7]{26}$", e.Id);
    }

    [Fact]
    public async Task The_order_id_is_the_exact_text_of_the_json_number()
    {
        var idInFixture = OrderIdLine().Match(Encoding.UTF8.GetString(Body)).Groups[1].Value;

        var id = Order(await NormalizeAsync(Body))["id"]!;

        Assert.Equal("820982911946154500", idInFixture);
        Assert.Equal(System.Text.Json.JsonValueKind.String, id.GetValueKind());
        Assert.Equal(idInFixture, id.GetValue<string>());
    }

    [Fact]
    public async Task Ids_beyond_two_to_the_53_keep_every_digit()
    {
        // The fixture's ids were rounded by a scraper; a real order id has all its digits (see SOURCES.md).
        var body = ShopifyRequests.Edited("orders_create.json", o => o["id"] = JsonNode.Parse("820982911946154508"));

        Assert.Equal("820982911946154508", Order(await NormalizeAsync(body))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Order_fields_follow_the_canonical_vocabulary()
    {
        var order = Order(await NormalizeAsync(Body));

        Assert.Equal("#9999", order["number"]!.GetValue<string>());
        Assert.Equal("voided", order["status"]!.GetValue<string>());
        Assert.Equal("USD", order["currency"]!.GetValue<string>());
        Assert.Equal("https://jsmith.myshopify.com/548380009/orders/123456abcd/authenticate?key=abcdefg", order["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_total_is_an_exact_decimal_number()
    {
        var total = Order(await NormalizeAsync(Body))["total"]!;

        Assert.Equal(System.Text.Json.JsonValueKind.Number, total.GetValueKind());
        Assert.Equal(404.95m, total.GetValue<decimal>());
        Assert.Equal("404.95", total.ToJsonString());
    }

    [Fact]
    public async Task Every_line_item_is_mapped()
    {
        var items = Order(await NormalizeAsync(Body))["items"]!.AsArray();

        Assert.Equal(5, items.Count);
        var first = items[0]!.AsObject();
        Assert.Equal("SKU2006-001", first["sku"]!.GetValue<string>());
        Assert.Equal("Aviator sunglasses", first["name"]!.GetValue<string>());
        Assert.Equal(1L, first["quantity"]!.GetValue<long>());
        Assert.Equal(89.99m, first["price"]!.GetValue<decimal>());
        Assert.Equal(["SKU2006-001", "LENS-PROTECT-2YR", "CASE-LEATHER-PREM", "SKU2006-020", "SKU2006-035"],
            items.Select(i => i!["sku"]!.GetValue<string>()));
        Assert.Equal(414.95m, items.Sum(i => i!["price"]!.GetValue<decimal>() * i["quantity"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Contact_fields_follow_the_canonical_vocabulary()
    {
        var contact = Contact(await NormalizeAsync(Body));

        Assert.Equal(CustomerIdLine().Match(Encoding.UTF8.GetString(Body)).Groups[1].Value, contact["id"]!.GetValue<string>());
        Assert.Equal("John", contact["firstName"]!.GetValue<string>());
        Assert.Equal("Smith", contact["lastName"]!.GetValue<string>());
        Assert.Equal("jon@example.com", contact["email"]!.GetValue<string>());
        Assert.Equal("en", contact["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_shipping_phone_stands_in_for_the_missing_customer_phone_in_E164()
    {
        // customer.phone and the order's phone are null; the shipping address has the vanity number "555-555-SHIP"
        // in the US. (555 is not an assigned area code: the number is possible, not valid.)
        var contact = Contact(await NormalizeAsync(Body));

        Assert.Equal("+15555557447", contact["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_real_shipping_phone_becomes_E164()
    {
        var body = ShopifyRequests.Edited("orders_create.json", o => o["shipping_address"]!["phone"] = "(213) 373-4253");

        Assert.Equal("+12133734253", Contact(await NormalizeAsync(body))["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_customer_phone_wins_over_the_addresses()
    {
        var body = ShopifyRequests.Edited("orders_create.json", o =>
        {
            o["customer"]!["phone"] = "+44 20 7946 0958";
            o["shipping_address"]!["phone"] = "(213) 373-4253";
        });

        Assert.Equal("+442079460958", Contact(await NormalizeAsync(body))["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_phone_without_country_code_or_address_country_uses_the_default_region_setting()
    {
        var body = ShopifyRequests.Edited("orders_create.json", o =>
        {
            o["shipping_address"]!["phone"] = "020 7946 0958";
            o["shipping_address"]!.AsObject().Remove("country_code");
            o["billing_address"]!.AsObject().Remove("country_code");
        });

        Assert.Equal("+442079460958", Contact(await NormalizeAsync(body, defaultRegion: "GB"))["phone"]!.GetValue<string>());
        Assert.False(Contact(await NormalizeAsync(body)).ContainsKey("phone"), "without a region the number cannot be read");
    }

    [Fact]
    public async Task Shopify_triggered_at_is_the_event_time_when_present()
    {
        var shopify = ShopifyRequests.Shopify;
        var request = ShopifyRequests.Request(Body, "orders/create");
        var headers = new Dictionary<string, string>(request.Headers.ToDictionary(), StringComparer.OrdinalIgnoreCase)
        {
            ["x-shopify-triggered-at"] = "2026-02-28T10:15:00.123Z",
        };

        var e = Assert.Single((await shopify.NormalizeRequestAsync(request with { Headers = headers }, ShopifyRequests.Context())).Events);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 15, 0, 123, TimeSpan.Zero), e.Time);
    }

    [Fact]
    public async Task Event_ids_are_deterministic_per_connector_and_delivery()
    {
        var shopify = ShopifyRequests.Shopify;
        async Task<string> IdOf(string webhookId, string connectorId)
        {
            var request = ShopifyRequests.Request(Body, "orders/create", webhookId: webhookId);
            var context = new ConnectorContext(connectorId, []);
            return (await shopify.NormalizeRequestAsync(request, context)).Events[0].Id;
        }

        Assert.Equal(await IdOf("delivery-1", "shop-1"), await IdOf("delivery-1", "shop-1"));
        Assert.NotEqual(await IdOf("delivery-1", "shop-1"), await IdOf("delivery-2", "shop-1"));
        Assert.NotEqual(await IdOf("delivery-1", "shop-1"), await IdOf("delivery-1", "shop-2"));
    }

    [Fact]
    public async Task The_event_serialises_as_a_cloud_event()
    {
        var json = (await NormalizeAsync(Body)).ToCloudEventJson().ToJsonString();

        Assert.Contains("\"id\":\"820982911946154500\"", json, StringComparison.Ordinal);
        Assert.Contains("\"total\":404.95", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"order.created\"", json, StringComparison.Ordinal);
    }
}
