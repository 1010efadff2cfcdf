using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors.Sources;

/// <summary>What the WooCommerce golden cases cannot show: the creation ping, the delivery key and the status table.</summary>
public sealed class WooCommerceTests
{
    private static readonly Lazy<ConnectorDefinition> WooCommerce = new(() => ShippedSpecs.Load("woocommerce"));

    private static WebhookRequest Delivery(JsonNode order, string topic) => TestRequests.Of(
        Encoding.UTF8.GetBytes(order.ToJsonString()),
        ("Content-Type", "application/json"),
        ("X-WC-Webhook-Topic", topic),
        ("X-WC-Webhook-Resource", topic.Split('.')[0]),
        ("X-WC-Webhook-Event", topic.Split('.')[1]),
        ("X-WC-Webhook-Signature", "c2lnbmF0dXJl"),
        ("X-WC-Webhook-Delivery-ID", "0f2b6c4e7a1d4a2e9c3f5b8d1e0a7c44"));

    private static JsonNode Order(string status)
    {
        var order = JsonNode.Parse(TestRequests.Fixture("woocommerce", "order.updated.json"))!;
        order["status"] = status;
        return order;
    }

    [Fact]
    public void The_ping_sent_when_a_webhook_is_saved_is_recognised()
    {
        // WC_Webhook::deliver_ping: unsigned, form-encoded, no X-WC-Webhook-* header; it must get 200.
        var ping = TestRequests.Of("webhook_id=12",
            ("User-Agent", "WooCommerce/9.9.0 Hookshot (WordPress/6.8)"),
            ("Content-Type", "application/x-www-form-urlencoded"));

        Assert.True(WooCommerce.Value.IsPing(ping));
    }

    [Fact]
    public void A_real_delivery_is_never_taken_for_a_ping()
    {
        var order = Delivery(Order("processing"), "order.created");
        var forged = TestRequests.Of("webhook_id=12", ("X-WC-Webhook-Topic", "order.created"));
        var signed = TestRequests.Of("webhook_id=12", ("X-WC-Webhook-Signature", "c2lnbmF0dXJl"));

        Assert.False(WooCommerce.Value.IsPing(order));
        Assert.False(WooCommerce.Value.IsPing(forged));
        Assert.False(WooCommerce.Value.IsPing(signed));
        Assert.False(WooCommerce.Value.IsPing(TestRequests.Of("")));
    }

    [Theory]
    [InlineData("processing", "order.paid")]
    [InlineData("completed", "order.shipped")]
    [InlineData("cancelled", "order.cancelled")]
    [InlineData("refunded", "order.refunded")]
    [InlineData("failed", "payment.failed")]
    public async Task An_order_update_becomes_the_event_its_status_means(string status, string expected)
    {
        var request = Delivery(Order(status), "order.updated");

        var result = await WooCommerce.Value.NormalizeRequestAsync(request, new ConnectorContext("shop-1", []));

        var single = Assert.Single(result.Events);
        Assert.Equal(expected, single.Type);
        Assert.Equal("727", single.Subject);
        Assert.Empty(Hub.Events.EventCatalog.Default.Validate(single.Type, single.Data));
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("on-hold")]
    [InlineData("checkout-draft")]
    public async Task An_order_update_to_a_waiting_status_gives_no_event(string status)
    {
        var result = await WooCommerce.Value.NormalizeRequestAsync(Delivery(Order(status), "order.updated"), new ConnectorContext("shop-1", []));

        Assert.Empty(result.Events);
        Assert.NotNull(result.IgnoredReason);
    }

    [Fact]
    public async Task An_order_created_with_a_declined_payment_is_a_failed_payment_not_an_order()
    {
        var result = await WooCommerce.Value.NormalizeRequestAsync(Delivery(Order("failed"), "order.created"), new ConnectorContext("shop-1", []));

        var single = Assert.Single(result.Events);
        Assert.Equal("payment.failed", single.Type);
        Assert.Equal("727", (string?)single.Data["payment"]!["id"]);
        Assert.Equal(29.35m, single.Data["payment"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("#727", (string?)single.Data["order"]!["number"]);
    }

    [Fact]
    public void The_delivery_key_is_the_order_and_its_status_whatever_the_topic_or_the_second()
    {
        var woo = WooCommerce.Value;
        var created = Delivery(Order("processing"), "order.created");
        var savedAgain = Delivery(Order("processing"), "order.updated");
        var shipped = Delivery(Order("completed"), "order.updated");

        var key = woo.Identify(created, woo.ParseBody(created)).DeliveryId;

        // WooCommerce's own X-WC-Webhook-Delivery-ID (the same header on all three here) is a hash of the webhook id
        // and the current second, so it cannot tell deliveries apart; the key is the order's state instead.
        Assert.Equal("order:727:processing", key);
        Assert.Equal(key, woo.Identify(savedAgain, woo.ParseBody(savedAgain)).DeliveryId);
        Assert.Equal("order:727:completed", woo.Identify(shipped, woo.ParseBody(shipped)).DeliveryId);
        Assert.Equal("order.updated", woo.Identify(shipped, woo.ParseBody(shipped)).EventType);
    }

    [Fact]
    public void Other_resources_keep_the_delivery_id_woocommerce_sends()
    {
        var product = Delivery(JsonNode.Parse("""{"id": 93, "status": "publish"}""")!, "product.updated");

        Assert.Equal("0f2b6c4e7a1d4a2e9c3f5b8d1e0a7c44", WooCommerce.Value.Identify(product, WooCommerce.Value.ParseBody(product)).DeliveryId);
    }

    [Fact]
    public async Task A_guest_without_a_billing_country_gets_the_default_region()
    {
        var order = Order("processing");
        order["billing"]!["country"] = "";
        order["shipping"]!["country"] = "";
        order["billing"]!["phone"] = "0412 345 678";
        var context = new ConnectorContext("shop-1", new JsonObject { ["defaultRegion"] = "AU" });

        var result = await WooCommerce.Value.NormalizeRequestAsync(Delivery(order, "order.created"), context);

        var contact = Assert.Single(result.Events).Data["contact"]!;
        Assert.Equal("+61412345678", (string?)contact["phone"]);
        Assert.Null(contact["id"]);   // customer_id 0: a guest checkout
    }

    [Fact]
    public void A_delivery_signed_like_wc_webhook_generate_signature_verifies()
    {
        // base64(hash_hmac('sha256', body, secret, true)) over the exact body bytes.
        var body = Encoding.UTF8.GetBytes(Order("processing").ToJsonString());
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("wc-secret"), body));
        var signed = TestRequests.Of(body, ("X-WC-Webhook-Topic", "order.created"), ("X-WC-Webhook-Signature", signature));

        Assert.True(WooCommerce.Value.VerifySignature(signed, ["wc-secret"], TestRequests.ReceivedAt, []));
        Assert.False(WooCommerce.Value.VerifySignature(signed, ["other-secret"], TestRequests.ReceivedAt, []));
    }
}
