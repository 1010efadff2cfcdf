using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>standard-webhooks: the generic connector (whsec_ secrets) and BigCommerce (the client secret's own bytes).</summary>
public sealed class StandardWebhooksTests
{
    // The official library test vector (tests/fixtures/webhooks/standard-webhooks), re-signed here at other times.
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MessageId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static readonly byte[] Key = Convert.FromBase64String("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static readonly byte[] Body = "{\"test\": 2432232314}"u8.ToArray();
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1614265330);

    private static ConnectorDefinition Generic => VerifyCatalog.For("standard-webhooks");

    private static string Sign(byte[] key, string id, DateTimeOffset at, byte[] body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Bytes.Of($"{id}.{at.ToUnixTimeSeconds()}.", body)));

    private static WebhookRequest Request(string signature, DateTimeOffset? at = null) =>
        SignedRequests.Request(Body,
            ("webhook-id", MessageId),
            ("webhook-timestamp", (at ?? SignedAt).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ("webhook-signature", signature));

    [Fact]
    public void The_library_vector_verifies_with_or_without_the_whsec_prefix()
    {
        var request = Request(Sign(Key, MessageId, SignedAt, Body));

        Assert.True(Generic.VerifySignature(request, [Secret], SignedAt, []));
        Assert.True(Generic.VerifySignature(request, [Secret["whsec_".Length..]], SignedAt, []));
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public void A_timestamp_outside_five_minutes_does_not_verify(int secondsLater, bool verifies)
    {
        var request = Request(Sign(Key, MessageId, SignedAt, Body));

        Assert.Equal(verifies, Generic.VerifySignature(request, [Secret], SignedAt.AddSeconds(secondsLater), []));
    }

    [Fact]
    public void A_tampered_body_or_id_does_not_verify()
    {
        var request = Request(Sign(Key, MessageId, SignedAt, Body));

        Assert.False(Generic.VerifySignature(request.WithBody(SignedRequests.Tampered(Body)), [Secret], SignedAt, []));
        Assert.False(Generic.VerifySignature(request.With("webhook-id", "msg_other"), [Secret], SignedAt, []));
    }

    [Fact]
    public void During_a_rotation_either_secret_or_either_listed_signature_verifies()
    {
        var otherKey = RandomNumberGenerator.GetBytes(32);
        var other = "whsec_" + Convert.ToBase64String(otherKey);
        var signedWithOther = Request(Sign(otherKey, MessageId, SignedAt, Body));
        var signedWithBoth = Request($"{Sign(otherKey, MessageId, SignedAt, Body)} {Sign(Key, MessageId, SignedAt, Body)}");

        Assert.True(Generic.VerifySignature(signedWithOther, [Secret, other], SignedAt, []));
        Assert.True(Generic.VerifySignature(signedWithBoth, [Secret], SignedAt, []));
        Assert.False(Generic.VerifySignature(signedWithOther, [Secret], SignedAt, []));
    }

    [Theory]
    [InlineData("webhook-id")]
    [InlineData("webhook-timestamp")]
    [InlineData("webhook-signature")]
    public void A_missing_header_does_not_verify(string header)
    {
        var request = Request(Sign(Key, MessageId, SignedAt, Body)).Without(header);

        Assert.False(Generic.VerifySignature(request, [Secret], SignedAt, []));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1,")]
    [InlineData("v1,not-base64!")]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public void A_garbled_or_foreign_signature_does_not_verify(string signature)
    {
        Assert.False(Generic.VerifySignature(Request(signature), [Secret], SignedAt, []));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("whsec_")]
    [InlineData("")]
    public void A_secret_that_is_not_base64_verifies_nothing(string secret)
    {
        var request = Request(Sign(Encoding.UTF8.GetBytes(secret), MessageId, SignedAt, Body));

        Assert.False(Generic.VerifySignature(request, [secret], SignedAt, []));
    }

    [Fact]
    public void BigCommerce_signs_with_the_client_secret_bytes_as_the_key()
    {
        // BigCommerce's docs base64-encode the client secret before handing it to a Standard Webhooks library, which
        // decodes it again: the HMAC key is the client secret's own bytes.
        const string clientSecret = "bc3sl7x1q0client_secret_example";
        var request = Request(Sign(Encoding.UTF8.GetBytes(clientSecret), MessageId, SignedAt, Body));
        var bigCommerce = VerifyCatalog.For("bigcommerce");

        Assert.True(bigCommerce.VerifySignature(request, [clientSecret], SignedAt, []));
        Assert.False(Generic.VerifySignature(request, [clientSecret], SignedAt, []));
        Assert.False(bigCommerce.VerifySignature(request, [clientSecret], SignedAt.AddMinutes(6), []));
    }
}
