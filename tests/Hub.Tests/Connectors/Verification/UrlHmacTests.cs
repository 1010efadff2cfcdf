using System.Security.Cryptography;
using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>url-hmac as Square uses it: the notification URL comes from the instance's settings.</summary>
public sealed class UrlHmacTests
{
    private const string Secret = "Ibxx_5AKakO-3qeNVR61Dw";
    private const string Url = "https://hub.example.com/webhooks/square-1";
    private static readonly byte[] Body = """{"merchant_id":"MLEFBHHSJGVHD","type":"booking.created"}"""u8.ToArray();

    private static ConnectorDefinition Square => VerifyCatalog.For("square");

    private static WebhookRequest Signed(string secret = Secret, string url = Url) =>
        SignedRequests.Request(Body, ("x-square-hmacsha256-signature",
            Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Bytes.Of(url, Body)))));

    [Fact]
    public void The_url_is_read_from_the_setting_not_from_the_request()
    {
        var request = Signed();

        Assert.NotEqual(Url, request.Path);
        Assert.True(Square.VerifySignature(request, [Secret], DateTimeOffset.UtcNow, SignedRequests.Settings(("notificationUrl", Url))));
        Assert.True(Square.VerifySignature(request, [Secret], DateTimeOffset.UtcNow, SignedRequests.Settings(("notificationUrl", $"  {Url} "))));
        Assert.False(Square.VerifySignature(request, [Secret], DateTimeOffset.UtcNow, SignedRequests.Settings(("notificationUrl", Url + "/"))));
    }

    [Fact]
    public void Without_the_url_setting_nothing_verifies()
    {
        Assert.False(Square.VerifySignature(Signed(), [Secret], DateTimeOffset.UtcNow, []));
        Assert.False(Square.VerifySignature(Signed(), [Secret], DateTimeOffset.UtcNow, SignedRequests.Settings(("notificationUrl", " "))));
    }

    [Fact]
    public void Tampering_rotation_and_missing_header()
    {
        var settings = SignedRequests.Settings(("notificationUrl", Url));

        Assert.False(Square.VerifySignature(Signed().WithBody(SignedRequests.Tampered(Body)), [Secret], DateTimeOffset.UtcNow, settings));
        Assert.True(Square.VerifySignature(Signed("previous-key"), [Secret, "previous-key"], DateTimeOffset.UtcNow, settings));
        Assert.False(Square.VerifySignature(Signed().Without("x-square-hmacsha256-signature"), [Secret], DateTimeOffset.UtcNow, settings));
        Assert.False(Square.VerifySignature(Signed().With("x-square-hmacsha256-signature", "c2hvcnQ="), [Secret], DateTimeOffset.UtcNow, settings));
    }
}
