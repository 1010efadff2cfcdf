using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>
/// What <c>sign</c> writes, every shipped connector whose scheme is a shared-secret signature verifies: the signer
/// and the verifier of each scheme agree, with the settings the scheme signs.
/// </summary>
public sealed class WebhookSigningTests
{
    private static readonly ConnectorCatalog Shipped = ConnectorCatalog.LoadDirectory(RepoPaths.ConnectorsDirectory);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id": "evt_1", "type": "order.created", "name": "#1001 – ünïcode"}""");

    // Standard Webhooks keys are base64 (whsec_...); the others take any text.
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public static TheoryData<string> SignedTypes() => [.. Shipped.All.Select(c => c.Type).Where(t => t != "salesforce").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SignedTypes))]
    public void The_headers_sign_writes_are_verified_by_the_connector(string type)
    {
        var connector = Shipped.Find(type)!;
        var settings = new JsonObject
        {
            ["webhookUrl"] = "https://hub.example.com/webhooks/crm?portal=1",
            ["notificationUrl"] = "https://hub.example.com/webhooks/square",
            ["webhookUsername"] = "hub",
        };

        var headers = connector.SignWebhook(Body, Secret, Now, settings);
        var request = new WebhookRequest("POST", $"/webhooks/{type}",
            headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase), Body, Now);

        Assert.True(connector.VerifySignature(request, [Secret], Now.AddSeconds(5), settings), string.Join("; ", headers));
        // Basic credentials (Pipedrive) and no verification at all sign no body; every signature does.
        var signsBody = headers.Count > 0 && !headers.Any(h => h.Key == "Authorization");
        Assert.False(signsBody && connector.VerifySignature(request with { Body = [.. Body, (byte)' '] }, [Secret], Now.AddSeconds(5), settings),
            "a changed body must not verify");
    }

    [Fact]
    public void A_scheme_without_a_shared_secret_signature_says_so()
    {
        var ex = Assert.Throws<NotSupportedException>(() => Shipped.Find("salesforce")!.SignWebhook(Body, "s", Now, []));

        Assert.Contains("not signed with a secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_the_scheme_signs_is_asked_for_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => Shipped.Find("square")!.SignWebhook(Body, "s", Now, []));

        Assert.Contains("--setting notificationUrl=", ex.Message, StringComparison.Ordinal);
    }
}
