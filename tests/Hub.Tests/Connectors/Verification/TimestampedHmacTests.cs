using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>timestamped-hmac as Stripe, Calendly (<c>t=...,v1=...</c>) and Zendesk (separate ISO 8601 timestamp header) use it.</summary>
public sealed class TimestampedHmacTests
{
    private const string Secret = "whsec_test_0123456789abcdef";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"payment_intent.payment_failed"}""");
    private static readonly DateTimeOffset SignedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static ConnectorDefinition Stripe => VerifyCatalog.For("stripe");

    private static string Hex(string secret, string payloadPrefix, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Bytes.Of(payloadPrefix, body)));

    private static string Unix(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static WebhookRequest StripeRequest(string secret = Secret, DateTimeOffset? at = null, string header = "Stripe-Signature")
    {
        var t = Unix(at ?? SignedAt);
        return SignedRequests.Request(Body, (header, $"t={t},v1={Hex(secret, t + ".", Body)}"));
    }

    [Fact]
    public void A_delivery_signed_now_verifies()
    {
        Assert.True(Stripe.VerifySignature(StripeRequest(), [Secret], SignedAt.AddSeconds(2), []));
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    [InlineData(86_400, false)]
    public void The_timestamp_must_be_within_the_tolerance_either_way(int secondsLater, bool verifies)
    {
        Assert.Equal(verifies, Stripe.VerifySignature(StripeRequest(), [Secret], SignedAt.AddSeconds(secondsLater), []));
    }

    [Fact]
    public void A_stale_timestamp_cannot_be_refreshed_without_the_secret()
    {
        var stale = StripeRequest(at: SignedAt.AddHours(-1));
        var v1 = stale.Headers["Stripe-Signature"].Split(',')[1];
        var refreshed = stale.With("Stripe-Signature", $"t={Unix(SignedAt)},{v1}");

        Assert.False(Stripe.VerifySignature(stale, [Secret], SignedAt, []));
        Assert.False(Stripe.VerifySignature(refreshed, [Secret], SignedAt, []));
    }

    [Fact]
    public void A_tampered_body_does_not_verify()
    {
        var request = StripeRequest().WithBody(SignedRequests.Tampered(Body));

        Assert.False(Stripe.VerifySignature(request, [Secret], SignedAt, []));
    }

    [Fact]
    public void During_a_rotation_either_secret_verifies_and_any_v1_entry_may_match()
    {
        var t = Unix(SignedAt);
        var both = SignedRequests.Request(Body, ("Stripe-Signature", $"t={t},v1={Hex("old", t + ".", Body)},v1={Hex("new", t + ".", Body)}"));

        Assert.True(Stripe.VerifySignature(StripeRequest("old"), ["new", "old"], SignedAt, []));
        Assert.True(Stripe.VerifySignature(StripeRequest("new"), ["new", "old"], SignedAt, []));
        Assert.True(Stripe.VerifySignature(both, ["new"], SignedAt, []));
        Assert.False(Stripe.VerifySignature(StripeRequest("new"), ["old", "other"], SignedAt, []));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("v1=00ff")]
    [InlineData("t=1772366400")]
    [InlineData("t=abc,v1=")]
    [InlineData("t=1772366400,t=1772366400,v1=aa")]
    public void A_garbled_header_does_not_verify(string header)
    {
        var request = SignedRequests.Request(Body, ("Stripe-Signature", header));

        Assert.False(Stripe.VerifySignature(request, [Secret], SignedAt, []));
    }

    [Fact]
    public void Only_v1_entries_count()
    {
        var t = Unix(SignedAt);
        var v0Only = SignedRequests.Request(Body, ("Stripe-Signature", $"t={t},v0={Hex(Secret, t + ".", Body)}"));

        Assert.False(Stripe.VerifySignature(v0Only, [Secret], SignedAt, []));
    }

    [Fact]
    public void A_missing_header_does_not_verify()
    {
        Assert.False(Stripe.VerifySignature(StripeRequest().Without("Stripe-Signature"), [Secret], SignedAt, []));
    }

    [Fact]
    public void Calendly_signs_the_same_way_under_its_own_header_with_a_three_minute_window()
    {
        var calendly = VerifyCatalog.For("calendly");
        var request = StripeRequest(header: "Calendly-Webhook-Signature");

        Assert.True(calendly.VerifySignature(request, [Secret], SignedAt.AddMinutes(3), []));
        Assert.False(calendly.VerifySignature(request, [Secret], SignedAt.AddMinutes(3).AddSeconds(1), []));
        Assert.False(calendly.VerifySignature(StripeRequest(), [Secret], SignedAt, []));
    }

    [Fact]
    public void Zendesk_signs_an_iso_timestamp_followed_directly_by_the_body_in_base64()
    {
        var zendesk = VerifyCatalog.For("zendesk");
        const string timestamp = "2026-03-01T12:00:00Z";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Bytes.Of(timestamp, Body)));
        var request = SignedRequests.Request(Body,
            ("X-Zendesk-Webhook-Signature", signature),
            ("X-Zendesk-Webhook-Signature-Timestamp", timestamp));

        Assert.True(zendesk.VerifySignature(request, [Secret], SignedAt.AddMinutes(1), []));
        Assert.False(zendesk.VerifySignature(request, [Secret], SignedAt.AddMinutes(6), []));
        Assert.False(zendesk.VerifySignature(request.WithBody(SignedRequests.Tampered(Body)), [Secret], SignedAt, []));
        Assert.False(zendesk.VerifySignature(request.Without("X-Zendesk-Webhook-Signature-Timestamp"), [Secret], SignedAt, []));
        Assert.False(zendesk.VerifySignature(request.With("X-Zendesk-Webhook-Signature-Timestamp", "2026-03-01T12:00:00"), [Secret], SignedAt, []));
        Assert.True(zendesk.VerifySignature(request, ["rotated-away", Secret], SignedAt, []));
    }
}
