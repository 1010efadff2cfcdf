using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>The hubspot scheme beyond the SDK vectors: the replay window, URI decoding, downgrades and settings.</summary>
public sealed class HubSpotTests : IDisposable
{
    private const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private const string Url = "https://hub.example.com/webhooks/hubspot-1";
    private static readonly byte[] Body = """[{"eventId":1,"subscriptionType":"contact.creation","objectId":123}]"""u8.ToArray();
    private static readonly DateTimeOffset SignedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly JsonObject Settings = SignedRequests.Settings(("webhookUrl", Url));

    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    private static ConnectorDefinition HubSpot => VerifyCatalog.For("hubspot");

    private static string V3(string secret, string uri, DateTimeOffset at, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Bytes.Of("POST" + uri, body, Millis(at))));

    private static string Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string V1(string secret, byte[] body) =>
        Convert.ToHexStringLower(SHA256.HashData(Bytes.Of(secret, body)));

    private static WebhookRequest V3Request(string secret = Secret, string uri = Url) =>
        SignedRequests.Request(Body,
            ("X-HubSpot-Signature-v3", V3(secret, uri, SignedAt, Body)),
            ("X-HubSpot-Request-Timestamp", Millis(SignedAt)));

    [Theory]
    [InlineData(0, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public void V3_must_be_signed_within_five_minutes(int secondsLater, bool verifies)
    {
        Assert.Equal(verifies, HubSpot.VerifySignature(V3Request(), [Secret], SignedAt.AddSeconds(secondsLater), Settings));
    }

    [Fact]
    public void V3_decodes_the_escapes_hubspot_decodes_in_the_configured_uri()
    {
        const string configured = "https://hub.example.com/webhooks/hubspot-1?tag=a%3Ab%2Cc%20d";
        var request = V3Request(uri: "https://hub.example.com/webhooks/hubspot-1?tag=a:b,c%20d");

        Assert.True(HubSpot.VerifySignature(request, [Secret], SignedAt, SignedRequests.Settings(("webhookUrl", configured))));
    }

    [Fact]
    public void V3_rejects_tampering_a_missing_timestamp_and_a_missing_url_and_accepts_either_rotated_secret()
    {
        Assert.False(HubSpot.VerifySignature(V3Request().WithBody(SignedRequests.Tampered(Body)), [Secret], SignedAt, Settings));
        Assert.False(HubSpot.VerifySignature(V3Request().Without("X-HubSpot-Request-Timestamp"), [Secret], SignedAt, Settings));
        Assert.False(HubSpot.VerifySignature(V3Request(), [Secret], SignedAt, []));
        Assert.True(HubSpot.VerifySignature(V3Request("old-secret"), [Secret, "old-secret"], SignedAt, Settings));
    }

    [Fact]
    public void A_present_v3_signature_decides_even_when_an_older_version_would_pass()
    {
        var request = V3Request("someone-else")
            .With("X-HubSpot-Signature", V1(Secret, Body))
            .With("X-HubSpot-Signature-Version", "v1");

        Assert.False(HubSpot.VerifySignature(request, [Secret], SignedAt, Settings));
        Assert.True(HubSpot.VerifySignature(request.Without("X-HubSpot-Signature-v3"), [Secret], SignedAt, Settings));
    }

    [Fact]
    public void V1_rejects_tampering_an_unknown_version_and_a_missing_signature()
    {
        var request = SignedRequests.Request(Body, ("X-HubSpot-Signature", V1(Secret, Body)), ("X-HubSpot-Signature-Version", "v1"));

        Assert.True(HubSpot.VerifySignature(request, [Secret], SignedAt, []));
        Assert.False(HubSpot.VerifySignature(request.WithBody(SignedRequests.Tampered(Body)), [Secret], SignedAt, []));
        Assert.False(HubSpot.VerifySignature(request.With("X-HubSpot-Signature-Version", "v9"), [Secret], SignedAt, []));
        Assert.False(HubSpot.VerifySignature(request.Without("X-HubSpot-Signature-Version"), [Secret], SignedAt, []));
        Assert.False(HubSpot.VerifySignature(request.Without("X-HubSpot-Signature"), [Secret], SignedAt, []));
    }

    [Fact]
    public void A_spec_can_refuse_the_versions_without_a_timestamp()
    {
        _specs.Write("hubspot-v3.yaml", VerifySpecs.Spec("hubspot-v3", """
            verify:
              scheme: hubspot
              url_setting: webhookUrl
              versions: [v3]
            settings:
              webhookUrl: { type: url, required: true }
            """));
        var v3Only = ConnectorCatalog.LoadDirectory(_specs.Path).Find("hubspot-v3")!;
        var v1 = SignedRequests.Request(Body, ("X-HubSpot-Signature", V1(Secret, Body)), ("X-HubSpot-Signature-Version", "v1"));

        Assert.False(v3Only.VerifySignature(v1, [Secret], SignedAt, Settings));
        Assert.True(v3Only.VerifySignature(V3Request(), [Secret], SignedAt, Settings));
    }
}
