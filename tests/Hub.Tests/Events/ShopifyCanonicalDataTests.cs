namespace Hub.Tests.Events;

/// <summary>
/// What the Shopify connector emits today (connectors/shopify.yaml over tests/fixtures/webhooks/shopify/), copied
/// literally: the connector's normalize API is changing, and this pins the catalogue's side of the contract.
/// </summary>
public sealed class ShopifyCanonicalDataTests
{
    private const string OrdersCreate = """
        {
          "order": {
            "id": "820982911946154500",
            "number": "#9999",
            "status": "voided",
            "currency": "USD",
            "total": 404.95,
            "items": [
              { "sku": "SKU2006-001", "name": "Aviator sunglasses", "quantity": 1, "price": 89.99 },
              { "sku": "LENS-PROTECT-2YR", "name": "Lens Protection Plan (2 Year)", "quantity": 1, "price": 19.99 },
              { "sku": "CASE-LEATHER-PREM", "name": "Premium Leather Case", "quantity": 1, "price": 24.99 },
              { "sku": "SKU2006-020", "name": "Mid-century lounger", "quantity": 1, "price": 159.99 },
              { "sku": "SKU2006-035", "name": "Coffee table", "quantity": 1, "price": 119.99 }
            ],
            "url": "https://jsmith.myshopify.com/548380009/orders/123456abcd/authenticate?key=abcdefg"
          },
          "contact": {
            "id": "115310627314723950",
            "firstName": "John",
            "lastName": "Smith",
            "email": "jon@example.com",
            "phone": "+15555557447",
            "locale": "en"
          }
        }
        """;

    private const string FulfillmentsCreate = """
        {
          "order": {
            "id": "820982911946154500",
            "number": "#9999",
            "status": "fulfilled",
            "items": [ { "sku": "SKU2006-001", "name": "Aviator sunglasses", "quantity": 1, "price": 89.99 } ],
            "trackingNumber": "1z827wk74630",
            "trackingUrl": "https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1z827wk74630",
            "carrier": "UPS",
            "fulfillmentId": "123456"
          },
          "contact": { "firstName": "Steve", "lastName": "Shipper", "email": "jon@example.com", "phone": "+15555557447" }
        }
        """;

    private const string CheckoutsCreate = """
        {
          "cart": {
            "id": "123123123",
            "url": "https://checkout.local/548380009/checkouts/123123123/recover?key=example-secret-token",
            "currency": "USD",
            "total": 421.88,
            "items": [ { "sku": "IPOD2008PINK", "name": "IPod Nano - 8GB", "quantity": 1, "price": 199.00 } ]
          },
          "contact": { "id": "603851970716743400", "firstName": "John", "lastName": "Smith", "email": "example@email.com", "phone": "+15555557447" }
        }
        """;

    [Fact]
    public void The_order_created_event_shopify_produces_today_is_valid()
    {
        Assert.Empty(EventData.Errors("order.created", OrdersCreate));
    }

    [Fact]
    public void A_shipment_with_tracking_and_fulfillment_id_is_valid()
    {
        Assert.Empty(EventData.Errors("order.shipped", FulfillmentsCreate));
    }

    [Fact]
    public void An_abandoned_checkout_is_valid()
    {
        Assert.Empty(EventData.Errors("checkout.started", CheckoutsCreate));
    }

    [Fact]
    public void The_same_order_with_its_ids_mapped_as_numbers_is_rejected()
    {
        // The mistake the spec's "| text" prevents: Shopify ids exceed 2^53, so as numbers they lose digits.
        var asNumbers = OrdersCreate
            .Replace("\"820982911946154500\"", "820982911946154500", StringComparison.Ordinal)
            .Replace("\"115310627314723950\"", "115310627314723950", StringComparison.Ordinal);

        Assert.Equal(
            ["data.contact.id: expected a string, found a number", "data.order.id: expected a string, found a number"],
            EventData.Errors("order.created", asNumbers).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_raw_shopify_phone_or_price_text_would_be_caught()
    {
        var raw = OrdersCreate
            .Replace("\"+15555557447\"", "\"555-555-SHIP\"", StringComparison.Ordinal)
            .Replace("\"total\": 404.95", "\"total\": \"404.95\"", StringComparison.Ordinal);

        Assert.Equal(
            ["data.contact.phone: \"555-555-SHIP\" is not an E.164 phone number", "data.order.total: expected a number, found a string"],
            EventData.Errors("order.created", raw).Order(StringComparer.Ordinal));
    }
}
