using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;
using Hub.Tests.Connectors.Verification;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// Stripe amounts are integers in the currency's minor unit as Stripe counts it: JPY has none, KWD three, USD (and,
/// by Stripe's special case, ISK) two. Also the Checkout payment_status decisions the golden cases do not reach.
/// </summary>
public sealed class StripeTests
{
    private static readonly Lazy<ConnectorDefinition> Stripe = new(() => ShippedSpecs.Load("stripe"));

    private static Task<NormalizationResult> NormalizeAsync(string fixture, Action<JsonNode> change)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("stripe", fixture))!;
        change(body);
        var request = TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"));
        return Stripe.Value.NormalizeRequestAsync(request, new ConnectorContext("stripe-1", []));
    }

    [Theory]
    [InlineData("usd", 2000, "20")]
    [InlineData("jpy", 2000, "2000")]        // zero-decimal: ¥2000
    [InlineData("krw", 15000, "15000")]
    [InlineData("xof", 5000, "5000")]
    [InlineData("kwd", 5120, "5.12")]        // three-decimal: 5.120 KWD
    [InlineData("isk", 50000, "500")]        // special case: charged in whole krónur, still two decimals in the API
    [InlineData("eur", 1999, "19.99")]
    public async Task A_failed_payment_amount_is_converted_with_the_exponent_stripe_uses(string currency, long minor, string major)
    {
        var result = await NormalizeAsync("payment_intent.payment_failed.json", b =>
        {
            b["data"]!["object"]!["currency"] = currency;
            b["data"]!["object"]!["amount"] = minor;
        });

        var payment = Assert.Single(result.Events).Data["payment"]!;
        Assert.Equal(decimal.Parse(major, System.Globalization.CultureInfo.InvariantCulture), payment["amount"]!.GetValue<decimal>());
        Assert.Equal(currency.ToUpperInvariant(), (string?)payment["currency"]);
    }

    [Fact]
    public async Task A_checkout_total_in_yen_is_not_divided()
    {
        var result = await NormalizeAsync("checkout.session.completed.json", b =>
        {
            b["data"]!["object"]!["currency"] = "jpy";
            b["data"]!["object"]!["amount_total"] = 3500;
        });

        var order = Assert.Single(result.Events).Data["order"]!;
        Assert.Equal(3500m, order["total"]!.GetValue<decimal>());
        Assert.Equal("JPY", (string?)order["currency"]);
    }

    [Fact]
    public async Task A_checkout_awaiting_a_delayed_payment_is_an_order_not_yet_paid()
    {
        var result = await NormalizeAsync("checkout.session.completed.json", b => b["data"]!["object"]!["payment_status"] = "unpaid");

        var single = Assert.Single(result.Events);
        Assert.Equal("order.created", single.Type);
        Assert.Equal("unpaid", (string?)single.Data["order"]!["status"]);
    }

    [Fact]
    public async Task A_checkout_with_nothing_to_pay_is_paid()
    {
        var result = await NormalizeAsync("checkout.session.completed.json", b =>
        {
            b["data"]!["object"]!["payment_status"] = "no_payment_required";
            b["data"]!["object"]!["amount_total"] = 0;
        });

        Assert.Equal("order.paid", Assert.Single(result.Events).Type);
    }

    [Fact]
    public async Task A_setup_mode_checkout_saves_a_card_and_is_no_order()
    {
        var result = await NormalizeAsync("checkout.session.completed.json", b =>
        {
            b["data"]!["object"]!["mode"] = "setup";
            b["data"]!["object"]!["payment_status"] = "no_payment_required";
        });

        Assert.Empty(result.Events);
        Assert.NotNull(result.IgnoredReason);
    }

    [Fact]
    public async Task A_failed_delayed_checkout_payment_names_the_payment_intent_and_the_order()
    {
        var result = await NormalizeAsync("checkout.session.completed.json", b =>
        {
            b["type"] = "checkout.session.async_payment_failed";
            b["data"]!["object"]!["payment_status"] = "unpaid";
        });

        var single = Assert.Single(result.Events);
        Assert.Equal("payment.failed", single.Type);
        Assert.Equal("pi_00000000000000", (string?)single.Data["payment"]!["id"]);
        Assert.Equal(250m, single.Data["payment"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("cs_00000000000000", (string?)single.Data["order"]!["id"]);
        Assert.Empty(Hub.Events.EventCatalog.Default.Validate(single.Type, single.Data));
    }

    [Fact]
    public async Task The_checkout_language_auto_is_no_locale()
    {
        var auto = await NormalizeAsync("checkout.session.completed.json", b => b["data"]!["object"]!["locale"] = "auto");
        var brazil = await NormalizeAsync("checkout.session.completed.json", b => b["data"]!["object"]!["locale"] = "pt-BR");

        Assert.Null(Assert.Single(auto.Events).Data["contact"]!["locale"]);
        Assert.Equal("pt-BR", (string?)Assert.Single(brazil.Events).Data["contact"]!["locale"]);
    }

    [Fact]
    public void The_event_id_is_the_delivery_id()
    {
        var request = TestRequests.Of(TestRequests.Fixture("stripe", "payment_intent.payment_failed.json"), ("Content-Type", "application/json"));

        var identity = Stripe.Value.Identify(request, Stripe.Value.ParseBody(request));

        Assert.Equal(("evt_000000000000000000000000", "payment_intent.payment_failed"), (identity.DeliveryId, identity.EventType));
    }

    [Fact]
    public void The_official_stripe_signature_vector_verifies_with_this_spec()
    {
        var vector = SignatureVector.All().Single(v => v.System == "stripe");

        Assert.True(Stripe.Value.VerifySignature(vector.Request(), [vector.Secret], vector.Now(), []));
        Assert.False(Stripe.Value.VerifySignature(vector.Request(), [vector.Secret], vector.Now().AddMinutes(6), []));
    }
}
