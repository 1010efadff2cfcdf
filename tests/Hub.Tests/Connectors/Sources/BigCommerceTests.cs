using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;
using Hub.Tests.Connectors.Verification;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// connectors/bigcommerce.yaml beyond its golden cases: every order status id, the shipments of a Shipped order, the
/// abandoned-cart recovery link, the X-Auth-Token lookups, and a delivery signed the way BigCommerce signs.
/// </summary>
public sealed class BigCommerceTests
{
    private const string Api = "https://api.bigcommerce.com/stores/abc123/v2";

    private static readonly Lazy<ConnectorDefinition> BigCommerce = new(() => ShippedSpecs.Load("bigcommerce"));

    private static ConnectorContext Context(string? cartRecoveryUrl = null)
    {
        var settings = new JsonObject { ["storeHash"] = "abc123", ["defaultRegion"] = "US" };
        if (cartRecoveryUrl is not null)
        {
            settings["cartRecoveryUrl"] = cartRecoveryUrl;
        }
        return new ConnectorContext("bc-1", settings, new JsonObject { ["accessToken"] = "bc-token" });
    }

    private static Task<NormalizationResult> NormalizeAsync(string fixture, Action<JsonNode> change, FakeEnrichmentClient enrichment, ConnectorContext? context = null)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("bigcommerce", fixture))!;
        change(body);
        var request = TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"), ("webhook-id", "msg_1"));
        return BigCommerce.Value.NormalizeRequestAsync(request, context ?? Context(), enrichment);
    }

    /// <summary>A V2 order with the fields the mapping reads, values as in BigCommerce's order_Resp example.</summary>
    private static string Order(int statusId, string status, string refunded = "0.0000") => $$$"""
        {"id": 250, "customer_id": 11, "status_id": {{{statusId}}}, "status": "{{{status}}}", "total_inc_tax": "69.8400", "refunded_amount": "{{{refunded}}}",
         "currency_code": "USD", "default_currency_code": "USD", "customer_locale": "en",
         "billing_address": {"first_name": "Jane", "last_name": "Doe", "phone": "1234567890", "email": "janedoe@example.com", "country_iso2": "US"}}
        """;

    private const string Products = """
        [{"id": 65, "order_id": 250, "name": "Fog Linen Chambray Towel - Beige Stripe", "sku": "S-ORAN", "quantity": 1, "price_inc_tax": "65.2300", "parent_order_product_id": null}]
        """;

    private static FakeEnrichmentClient OrderAnswers(int statusId, string status, string refunded = "0.0000") => new FakeEnrichmentClient()
        .Answer($"{Api}/orders/250", Order(statusId, status, refunded))
        .Answer($"{Api}/orders/250/products", Products);

    private static Action<JsonNode> NewStatus(int id) => b => b["data"]!["status"]!["new_status_id"] = id;

    [Theory]
    [InlineData(11, "Awaiting Fulfillment", "order.paid")]
    [InlineData(5, "Cancelled", "order.cancelled")]
    [InlineData(6, "Declined", "order.cancelled")]
    [InlineData(10, "Completed", "order.delivered")]
    public async Task A_status_change_becomes_the_canonical_event_of_the_new_status(int id, string name, string canonical)
    {
        var result = await NormalizeAsync("store.order.statusUpdated.json", NewStatus(id), OrderAnswers(id, name));

        var e = Assert.Single(result.Events);
        Assert.Equal((canonical, "250"), (e.Type, e.Subject));
        Assert.Equal(name, (string?)e.Data["order"]!["status"]);
        Assert.Equal("janedoe@example.com", (string?)e.Data["contact"]!["email"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task A_status_with_nothing_to_tell_the_buyer_is_ignored_without_a_lookup(int id)
    {
        var client = new FakeEnrichmentClient();

        var result = await NormalizeAsync("store.order.statusUpdated.json", NewStatus(id), client);

        Assert.Empty(result.Events);
        Assert.Empty(client.Calls);
    }

    [Theory]
    [InlineData(4, "Refunded", "69.8400")]
    [InlineData(14, "Partially Refunded", "10.0000")]
    public async Task A_refund_status_is_order_refunded_with_the_amount_refunded(int id, string name, string refunded)
    {
        var result = await NormalizeAsync("store.order.statusUpdated.json", NewStatus(id), OrderAnswers(id, name, refunded));

        var e = Assert.Single(result.Events);
        Assert.Equal("order.refunded", e.Type);
        Assert.Equal((decimal.Parse(refunded, System.Globalization.CultureInfo.InvariantCulture), "USD"), (e.Data["payment"]!["amount"]!.GetValue<decimal>(), (string?)e.Data["payment"]!["currency"]));
    }

    [Theory]
    [InlineData(2, "Shipped")]
    [InlineData(3, "Partially Shipped")]
    public async Task A_shipped_status_takes_the_tracking_of_the_latest_shipment(int id, string name)
    {
        var client = OrderAnswers(id, name).Answer($"{Api}/orders/250/shipments", """
            [{"id": 6, "order_id": 250, "tracking_number": "EJ958083578UK", "shipping_provider": "usps", "tracking_carrier": "", "tracking_link": "",
              "shipping_provider_display_name": "USPS", "generated_tracking_link": "https://trkcnfrm1.smi.usps.com/PTSInternetWeb/InterLabelInquiry.do?strOrigTrackNum=EJ958083578UK"},
             {"id": 7, "order_id": 250, "tracking_number": "1Z999AA10123456784", "shipping_provider": "", "tracking_carrier": "ups",
              "tracking_link": "https://www.ups.com/track?tracknum=1Z999AA10123456784", "shipping_provider_display_name": "", "generated_tracking_link": ""}]
            """);

        var e = Assert.Single((await NormalizeAsync("store.order.statusUpdated.json", NewStatus(id), client)).Events);

        Assert.Equal("order.shipped", e.Type);
        var order = e.Data["order"]!;
        Assert.Equal(("1Z999AA10123456784", "ups", "https://www.ups.com/track?tracknum=1Z999AA10123456784", "7"),
            ((string?)order["trackingNumber"], (string?)order["carrier"], (string?)order["trackingUrl"], (string?)order["fulfillmentId"]));
    }

    [Fact]
    public async Task Lookups_send_the_access_token_as_X_Auth_Token()
    {
        var client = OrderAnswers(11, "Awaiting Fulfillment");

        await NormalizeAsync("store.order.created.json", _ => { }, client);

        Assert.Equal(2, client.Calls.Count);
        Assert.All(client.Calls, c => Assert.Equal("bc-token", c.Headers["X-Auth-Token"]));
        Assert.All(client.Calls, c => Assert.False(c.Headers.ContainsKey("Authorization")));
    }

    [Fact]
    public async Task An_abandoned_cart_gets_a_recovery_link_only_from_the_configured_template()
    {
        const string cart = """{"data": {"id": "09346904-4175-44fd-be53-f7e598531b6c", "email": "customer@example.com", "currency": {"code": "USD"}, "cart_amount": 10, "line_items": {"physical_items": []}}}""";
        FakeEnrichmentClient Answers() => new FakeEnrichmentClient().Answer("https://api.bigcommerce.com/stores/abc123/v3/carts/09346904-4175-44fd-be53-f7e598531b6c", cart);

        var with = await NormalizeAsync("store.cart.abandoned.json", _ => { }, Answers(), Context("https://shop.example.com/cart.php?action=load&token={token}"));
        var without = await NormalizeAsync("store.cart.abandoned.json", _ => { }, Answers());

        Assert.Equal("https://shop.example.com/cart.php?action=load&token=1eed6d2d979776ff18e695ceeb10ea61", (string?)Assert.Single(with.Events).Data["cart"]!["url"]);
        Assert.False(Assert.Single(without.Events).Data["cart"]!.AsObject().ContainsKey("url"));
        Assert.Equal("checkout.started", without.Events[0].Type);
    }

    [Fact]
    public void A_delivery_signed_with_the_client_secret_as_bigcommerce_signs_it_verifies()
    {
        // BigCommerce's examples hand base64(client secret) to a Standard Webhooks library, which decodes it again:
        // the HMAC key is the client secret's own bytes.
        const string secret = "bc-client-secret-0123456789";
        var body = TestRequests.Fixture("bigcommerce", "store.order.created.json");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes($"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W.{timestamp}.").Concat(body).ToArray();
        var signature = "v1," + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        var request = SignedRequests.Request(body, ("webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"), ("webhook-timestamp", timestamp), ("webhook-signature", signature));

        Assert.True(BigCommerce.Value.VerifySignature(request, [secret], DateTimeOffset.UtcNow, []));
        Assert.False(BigCommerce.Value.VerifySignature(request.WithBody(SignedRequests.Tampered(body)), [secret], DateTimeOffset.UtcNow, []));
        Assert.Equal("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", BigCommerce.Value.Identify(request, BigCommerce.Value.ParseBody(request)).DeliveryId);
    }
}
