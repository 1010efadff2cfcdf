using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Core.Events;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors;

public sealed class ShopifyRoutesTests
{
    private static Task<NormalizationResult> NormalizeAsync(string fixture, string topic)
    {
        var shopify = ShopifyRequests.Shopify;
        var request = ShopifyRequests.Request(ShopifyRequests.FixtureBytes(fixture), topic);
        return shopify.NormalizeRequestAsync(request, ShopifyRequests.Context("US"));
    }

    private static async Task<CanonicalEvent> SingleAsync(string fixture, string topic)
    {
        var result = await NormalizeAsync(fixture, topic);
        Assert.Null(result.IgnoredReason);
        return Assert.Single(result.Events);
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public void The_real_connectors_directory_is_valid()
    {
        Assert.Empty(ConnectorCatalog.Validate(RepoPaths.ConnectorsDirectory));
        Assert.Contains(ShopifyRequests.Catalog.All, d => d.Type == "shopify");
    }

    [Fact]
    public void The_shopify_definition_describes_itself()
    {
        var shopify = ShopifyRequests.Shopify;

        Assert.Equal("Shopify", shopify.Name);
        Assert.Equal(["application/json"], shopify.ContentTypes);
        Assert.Null(shopify.MaxBodyBytes);
        var setting = Assert.Single(shopify.Settings);
        Assert.Equal(("defaultRegion", "region", false), (setting.Name, setting.Type, setting.Required));
        Assert.Same(shopify, ShopifyRequests.Catalog.Find("Shopify"));
    }

    [Fact]
    public async Task App_uninstalled_is_ignored_with_a_reason()
    {
        var result = await NormalizeAsync("customers_create.json", "app/uninstalled");

        Assert.Empty(result.Events);
        Assert.Contains("app/uninstalled", result.IgnoredReason, StringComparison.Ordinal);
        Assert.Contains("ignored", result.IgnoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_without_a_route_is_ignored_with_a_reason()
    {
        var result = await NormalizeAsync("customers_create.json", "products/update");

        Assert.Empty(result.Events);
        Assert.Equal("no route for event type products/update", result.IgnoredReason);
    }

    [Fact]
    public async Task Orders_fulfilled_becomes_order_shipped()
    {
        var e = await SingleAsync("orders_fulfilled.json", "orders/fulfilled");

        Assert.Equal("order.shipped", e.Type);
        Assert.Equal("fulfilled", Text(e.Data["order"]!["status"]));
        Assert.Equal("#9999", Text(e.Data["order"]!["number"]));
        Assert.Equal(5, e.Data["order"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Orders_cancelled_becomes_order_cancelled_at_the_cancellation_time()
    {
        var e = await SingleAsync("orders_cancelled.json", "orders/cancelled");

        Assert.Equal("order.cancelled", e.Type);
        Assert.Equal("cancelled", Text(e.Data["order"]!["status"]));
        Assert.Equal("customer", Text(e.Data["order"]!["cancelReason"]));
        Assert.Equal(DateTimeOffset.Parse("2021-12-31T19:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture), e.Time);
    }

    [Fact]
    public async Task Fulfillments_create_becomes_order_shipped_with_tracking()
    {
        var e = await SingleAsync("fulfillments_create.json", "fulfillments/create");
        var order = e.Data["order"]!;

        Assert.Equal("order.shipped", e.Type);
        Assert.Equal("820982911946154500", Text(order["id"]));
        Assert.Equal("820982911946154500", e.Subject);
        Assert.Equal("#9999", Text(order["number"]));
        Assert.Equal("1z827wk74630", Text(order["trackingNumber"]));
        Assert.Equal("https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1z827wk74630", Text(order["trackingUrl"]));
        Assert.Equal("UPS", Text(order["carrier"]));
        Assert.Equal("SKU2006-001", Text(order["items"]![0]!["sku"]));
        Assert.Equal("jon@example.com", Text(e.Data["contact"]!["email"]));
    }

    [Fact]
    public async Task Checkouts_create_becomes_checkout_started_with_a_recovery_link()
    {
        var e = await SingleAsync("checkouts_create.json", "checkouts/create");
        var cart = e.Data["cart"]!;

        Assert.Equal("checkout.started", e.Type);
        Assert.Equal("123123123", Text(cart["id"]));
        Assert.StartsWith("https://checkout.local/548380009/checkouts/123123123/recover", Text(cart["url"]), StringComparison.Ordinal);
        Assert.Equal("USD", Text(cart["currency"]));
        Assert.Equal(421.88m, cart["total"]!.GetValue<decimal>());
        Assert.Equal(2, cart["items"]!.AsArray().Count);
        Assert.Equal("IPod Nano - 8GB", Text(cart["items"]![0]!["name"]));
        Assert.Equal(199.00m, cart["items"]![0]!["price"]!.GetValue<decimal>());
        Assert.Equal("example@email.com", Text(e.Data["contact"]!["email"]));
        Assert.Equal("603851970716743400", Text(e.Data["contact"]!["id"]));
    }

    [Fact]
    public async Task Customers_create_becomes_contact_created()
    {
        var e = await SingleAsync("customers_create.json", "customers/create");
        var contact = e.Data["contact"]!.AsObject();

        Assert.Equal("contact.created", e.Type);
        Assert.Equal("706405506930370000", Text(contact["id"]));
        Assert.Equal("Bob", Text(contact["firstName"]));
        Assert.Equal("Biller", Text(contact["lastName"]));
        Assert.Equal("bob@biller.com", Text(contact["email"]));
        Assert.Equal("+15555555555", Text(contact["phone"]));
    }
}
