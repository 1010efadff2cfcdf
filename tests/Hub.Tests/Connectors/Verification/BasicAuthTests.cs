using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>basic-auth as Pipedrive webhooks use it: username from a setting, password = the connector secret.</summary>
public sealed class BasicAuthTests
{
    private const string Password = "s3cret:with-colon";
    private static readonly byte[] Body = """{"meta":{"action":"added","object":"deal"}}"""u8.ToArray();
    private static readonly JsonObject Settings = SignedRequests.Settings(("webhookUsername", "hub"));

    private static ConnectorDefinition Pipedrive => VerifyCatalog.For("pipedrive");

    private static WebhookRequest Request(string credentials, string scheme = "Basic") =>
        SignedRequests.Request(Body, ("Authorization", $"{scheme} {Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials))}"));

    [Fact]
    public void The_configured_username_and_the_secret_as_password_verify()
    {
        Assert.True(Pipedrive.VerifySignature(Request($"hub:{Password}"), [Password], DateTimeOffset.UtcNow, Settings));
        Assert.True(Pipedrive.VerifySignature(Request($"hub:{Password}", "basic"), [Password], DateTimeOffset.UtcNow, Settings));
    }

    [Theory]
    [InlineData("hub:wrong")]
    [InlineData("other:s3cret:with-colon")]
    [InlineData("hub")]
    [InlineData(":s3cret:with-colon")]
    [InlineData("hub:")]
    public void Wrong_credentials_do_not_verify(string credentials)
    {
        Assert.False(Pipedrive.VerifySignature(Request(credentials), [Password], DateTimeOffset.UtcNow, Settings));
    }

    [Theory]
    [InlineData("Basic !!!not-base64")]
    [InlineData("Bearer aHViOnMzY3JldA==")]
    [InlineData("Basic")]
    [InlineData("")]
    public void A_garbled_header_does_not_verify(string header)
    {
        var request = SignedRequests.Request(Body, ("Authorization", header));

        Assert.False(Pipedrive.VerifySignature(request, [Password], DateTimeOffset.UtcNow, Settings));
    }

    [Fact]
    public void Missing_header_missing_username_setting_and_empty_secret_do_not_verify()
    {
        Assert.False(Pipedrive.VerifySignature(Request($"hub:{Password}").Without("Authorization"), [Password], DateTimeOffset.UtcNow, Settings));
        Assert.False(Pipedrive.VerifySignature(Request($"hub:{Password}"), [Password], DateTimeOffset.UtcNow, []));
        Assert.False(Pipedrive.VerifySignature(Request("hub:"), [""], DateTimeOffset.UtcNow, Settings));
    }

    [Fact]
    public void During_a_rotation_either_password_verifies()
    {
        Assert.True(Pipedrive.VerifySignature(Request("hub:old"), ["new", "old"], DateTimeOffset.UtcNow, Settings));
        Assert.False(Pipedrive.VerifySignature(Request("hub:older"), ["new", "old"], DateTimeOffset.UtcNow, Settings));
    }
}
