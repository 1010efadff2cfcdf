using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;
using Hub.Tests.Connectors.Verification;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// connectors/square.yaml beyond its golden cases: booking cancellations, completed fulfillments by type, failed and
/// repeated payments, money in currencies with other minor units, and Square's own signature vector.
/// </summary>
public sealed class SquareTests
{
    private const string Api = "https://connect.squareup.com/v2";
    private const string OrderId = "eA3vssLHKJrv9H0IdJCM3gNqfdcZY";

    private static readonly Lazy<ConnectorDefinition> Square = new(() => ShippedSpecs.Load("square"));

    private static readonly ConnectorContext Context = new(
        "sq-1",
        new JsonObject { ["notificationUrl"] = "https://hub.example.com/webhooks/sq-1", ["defaultRegion"] = "US" },
        new JsonObject { ["accessToken"] = "EAAAl-test" });

    private static Task<NormalizationResult> NormalizeAsync(string fixture, Action<JsonNode> change, FakeEnrichmentClient? enrichment = null)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("square", fixture))!;
        change(body);
        var request = TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"));
        return Square.Value.NormalizeRequestAsync(request, Context, enrichment ?? new FakeEnrichmentClient());
    }

    /// <summary>The customer and location lookups of a booking, answered with Square's documented examples.</summary>
    private static FakeEnrichmentClient BookingAnswers() => new FakeEnrichmentClient()
        .Answer($"{Api}/customers/SSKBT02ECWZXK6W3VWYC78E52R", """
            {"customer": {"id": "SSKBT02ECWZXK6W3VWYC78E52R", "given_name": "Amelia", "family_name": "Earhart",
             "email_address": "Amelia.Earhart@example.com", "phone_number": "1-212-555-4240", "address": {"country": "US"}}}
            """)
        .Answer($"{Api}/locations/L9R0X9X5SGDBJ", """
            {"location": {"id": "L9R0X9X5SGDBJ", "name": "Grant Park", "timezone": "America/Los_Angeles",
             "address": {"address_line_1": "123 Main St", "locality": "San Francisco", "country": "US"}}}
            """);

    [Theory]
    [InlineData("CANCELLED_BY_CUSTOMER", "customer")]
    [InlineData("CANCELLED_BY_SELLER", "seller")]
    [InlineData("DECLINED", "declined")]
    public async Task A_cancelled_or_declined_booking_is_appointment_cancelled(string status, string reason)
    {
        var result = await NormalizeAsync("booking.updated.json", b => b["data"]!["object"]!["booking"]!["status"] = status, BookingAnswers());

        var e = Assert.Single(result.Events);
        Assert.Equal("appointment.cancelled", e.Type);
        var appointment = e.Data["appointment"]!;
        Assert.Equal(("i2id2g3enyspi7", "2020-12-17T16:00:00Z", reason), ((string?)appointment["id"], (string?)appointment["start"], (string?)appointment["cancelReason"]));
        Assert.Equal("America/Los_Angeles", (string?)appointment["timeZone"]);
        Assert.Equal("+12125554240", (string?)e.Data["contact"]!["phone"]);
    }

    [Theory]
    [InlineData("PENDING")]
    [InlineData("NO_SHOW")]
    public async Task An_update_of_a_pending_or_no_show_booking_is_ignored_without_a_lookup(string status)
    {
        var client = new FakeEnrichmentClient();

        var result = await NormalizeAsync("booking.updated.json", b => b["data"]!["object"]!["booking"]!["status"] = status, client);

        Assert.Empty(result.Events);
        Assert.Empty(client.Calls);
    }

    [Fact]
    public async Task A_booking_end_is_its_start_plus_every_segment()
    {
        var result = await NormalizeAsync("booking.created.json", b =>
            b["data"]!["object"]!["booking"]!["appointment_segments"]!.AsArray().Add(JsonNode.Parse("""{"duration_minutes": 45, "team_member_id": "x"}""")),
            BookingAnswers());

        var appointment = Assert.Single(result.Events).Data["appointment"]!;
        Assert.Equal(DateTimeOffset.Parse("2020-12-17T17:15:00Z", CultureInfo.InvariantCulture), DateTimeOffset.Parse((string)appointment["end"]!, CultureInfo.InvariantCulture));
        Assert.Equal("123 Main St, San Francisco", (string?)appointment["location"]);
    }

    private static string Order(string fulfillmentType) => $$$"""
        {"order": {"id": "{{{OrderId}}}", "state": "OPEN", "location_id": "FPYCBCHYMXFK1", "customer_id": null,
          "total_money": {"amount": 1500, "currency": "USD"},
          "line_items": [{"uid": "a", "name": "Coffee beans", "quantity": "1", "base_price_money": {"amount": 1500, "currency": "USD"}}],
          "fulfillments": [{"uid": "VWJ1N9leLqjSDLvF2hvYjD", "type": "{{{fulfillmentType}}}", "state": "COMPLETED",
            "shipment_details": {"recipient": {"display_name": "Jaiden Urie", "email_address": "jaiden@example.com", "phone_number": "+1 555-555-0123"},
                                 "carrier": "USPS", "tracking_number": "9400111899223197428490", "tracking_url": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490"},
            "pickup_details": {"recipient": {"display_name": "Jaiden Urie", "email_address": "jaiden@example.com", "phone_number": "+1 555-555-0123"} } } ] } }
        """;

    private static void Completed(JsonNode body)
    {
        var update = body["data"]!["object"]!["order_fulfillment_updated"]!["fulfillment_update"]![0]!;
        update["old_state"] = "RESERVED";
        update["new_state"] = "COMPLETED";
    }

    [Theory]
    [InlineData("SHIPMENT", "order.shipped")]
    [InlineData("PICKUP", "order.delivered")]
    [InlineData("DELIVERY", "order.delivered")]
    public async Task A_completed_fulfillment_is_shipped_or_delivered_by_its_type(string type, string canonical)
    {
        var client = new FakeEnrichmentClient().Answer($"{Api}/orders/{OrderId}", Order(type));

        var e = Assert.Single((await NormalizeAsync("order.fulfillment.updated.json", Completed, client)).Events);

        Assert.Equal(canonical, e.Type);
        var order = e.Data["order"]!;
        Assert.Equal(("VWJ1N9leLqjSDLvF2hvYjD", type, 15m, "USD"), ((string?)order["fulfillmentId"], (string?)order["fulfillmentType"], order["total"]!.GetValue<decimal>(), (string?)order["currency"]));
        Assert.Equal(("Jaiden Urie", "jaiden@example.com", "+15555550123"), ((string?)e.Data["contact"]!["name"], (string?)e.Data["contact"]!["email"], (string?)e.Data["contact"]!["phone"]));
        Assert.Equal("Square-Version", Assert.Single(client.Calls).Headers.Keys.Single(k => k.StartsWith("Square", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_shipped_fulfillment_carries_its_tracking()
    {
        var client = new FakeEnrichmentClient().Answer($"{Api}/orders/{OrderId}", Order("SHIPMENT"));

        var order = Assert.Single((await NormalizeAsync("order.fulfillment.updated.json", Completed, client)).Events).Data["order"]!;

        Assert.Equal(("9400111899223197428490", "USPS"), ((string?)order["trackingNumber"], (string?)order["carrier"]));
        Assert.StartsWith("https://tools.usps.com/", (string?)order["trackingUrl"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CANCELED", "order.cancelled")]
    [InlineData("COMPLETED", null)]
    [InlineData("DRAFT", null)]
    public async Task An_order_update_is_a_cancellation_or_ignored(string state, string? canonical)
    {
        var client = new FakeEnrichmentClient().Answer($"{Api}/orders/{OrderId}", Order("PICKUP").Replace("\"OPEN\"", $"\"{state}\"", StringComparison.Ordinal));

        var result = await NormalizeAsync("order.updated.json", b => b["data"]!["object"]!["order_updated"]!["state"] = state, client);

        Assert.Equal(canonical, result.Events.SingleOrDefault()?.Type);
        if (canonical is not null)
        {
            Assert.Equal(state, (string?)result.Events[0].Data["order"]!["status"]);
        }
    }

    [Fact]
    public async Task A_failed_payment_is_payment_failed_with_squares_error_code()
    {
        var result = await NormalizeAsync("payment.updated.json", b =>
        {
            var payment = b["data"]!["object"]!["payment"]!;
            payment["status"] = "FAILED";
            payment["card_details"]!["status"] = "FAILED";
            payment["card_details"]!["errors"] = JsonNode.Parse("""[{"category": "PAYMENT_METHOD_ERROR", "code": "CARD_DECLINED", "detail": "Authorization error: 'CARD_DECLINED'"}]""");
        });

        var e = Assert.Single(result.Events);
        Assert.Equal(("payment.failed", "hYy9pRFVxpDsO1FB05SunFWUe9JZY"), (e.Type, e.Subject));
        var payment = e.Data["payment"]!;
        Assert.Equal(("CARD_DECLINED", 1m, "USD"), ((string?)payment["reason"], payment["amount"]!.GetValue<decimal>(), (string?)payment["currency"]));
        Assert.Equal("03O3USaPaAaFnI6kkwB1JxGgBsUZY", (string?)e.Data["order"]!["id"]);
    }

    [Fact]
    public async Task Later_updates_of_a_completed_payment_are_the_same_order_paid_event()
    {
        var first = await NormalizeAsync("payment.updated.json", _ => { });
        var feesComputed = await NormalizeAsync("payment.updated.json", b =>
        {
            b["event_id"] = "c1a4f2d0-0000-4e2b-9d1f-5d5f1e2d3c4b";
            b["data"]!["object"]!["payment"]!["processing_fee"] = JsonNode.Parse("""[{"amount_money": {"amount": 33, "currency": "USD"}, "type": "INITIAL"}]""");
        });
        var failed = await NormalizeAsync("payment.updated.json", b => b["data"]!["object"]!["payment"]!["status"] = "FAILED");

        Assert.Equal(Assert.Single(first.Events).Id, Assert.Single(feesComputed.Events).Id);
        Assert.NotEqual(first.Events[0].Id, Assert.Single(failed.Events).Id);
    }

    [Theory]
    [InlineData("USD", 1999, "19.99")]
    [InlineData("JPY", 1999, "1999")]
    [InlineData("KRW", 15000, "15000")]
    [InlineData("KWD", 1999, "1.999")]
    [InlineData("EUR", 100, "1")]
    public async Task Square_minor_units_become_major_units_by_the_currency_exponent(string currency, long minor, string major)
    {
        var result = await NormalizeAsync("payment.updated.json", b =>
        {
            var payment = b["data"]!["object"]!["payment"]!;
            payment["total_money"] = new JsonObject { ["amount"] = minor, ["currency"] = currency };
        });

        var payment = Assert.Single(result.Events).Data["payment"]!;
        Assert.Equal(decimal.Parse(major, CultureInfo.InvariantCulture), payment["amount"]!.GetValue<decimal>());
        Assert.Equal(currency, (string?)payment["currency"]);
    }

    [Fact]
    public async Task A_customer_who_unsubscribed_from_marketing_email_has_denied_email_consent()
    {
        var result = await NormalizeAsync("customer.created.json", b => b["data"]!["object"]!["customer"]!["preferences"]!["email_unsubscribed"] = true);

        Assert.Equal("""{"email":{"marketing":{"status":"denied","source":"square"}}}""", Assert.Single(result.Events).Data["contact"]!["consent"]!.ToJsonString());
    }

    [Fact]
    public void The_spec_verifies_squares_own_signature_vector()
    {
        foreach (var vector in SignatureVector.All().Where(v => v.System == "square"))
        {
            Assert.Equal(vector.ExpectedValid, Square.Value.VerifySignature(vector.Request(), [vector.Secret], vector.Now(), vector.Settings()));
            Assert.False(Square.Value.VerifySignature(vector.Request(), [vector.Secret], vector.Now(),
                SignedRequests.Settings(("notificationUrl", "https://hub.example.com/some/other/url"))));
        }
    }
}
