using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.Webhook;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// The webhook provider end to end, per database: a Shopify order through the sample workflow reaches an internal
/// system as signed JSON over real HTTP on 127.0.0.1, retries on a 5xx, and falls back to email on a 4xx.
/// </summary>
public abstract class WebhookProviderTests(IHubDatabase database) : IDisposable
{
    private const string ShopSecret = "provider-shop-secret";
    private const string CustomerPhone = "+15555557447";
    private const string ProviderId = "internal-sms";
    private readonly WebhookReceiver _receiver = new();

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync(Action<Dictionary<string, string>>? configure = null)
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.050";
        configure?.Invoke(environment);
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("shop", "shopify", ShopSecret, new { defaultRegion = "US" });
        await client.RouteToWebhookAsync("sms", ProviderId, _receiver.Url, _receiver.Secret);
        return (hub, client);
    }

    private static async Task PostOrderAsync(HubClient client, string deliveryId)
    {
        using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), ShopSecret, deliveryId));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task An_order_confirmation_arrives_signed_at_the_internal_system_and_is_sent()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "webhook-provider-1");

        var delivery = (await Eventually.Until(() => Task.FromResult(_receiver.Deliveries), d => d.Count >= 1,
            TimeSpan.FromSeconds(30), "the SMS reaches the receiver"))[0];
        Assert.True(delivery.SignatureValid, "the Standard Webhooks signature verifies");
        var payload = delivery.Payload;
        Assert.Equal("sms", (string?)payload["channel"]);
        Assert.Equal(CustomerPhone, (string?)payload["to"]);
        Assert.Contains("#9999", (string?)payload["body"], StringComparison.Ordinal);
        Assert.Equal("order-confirmation", (string?)payload["workflowId"]);
        Assert.Equal(delivery.Id, (string?)payload["id"]);

        var message = (await Eventually.Until(() => client.MessagesAsync("channel=sms"), m => m.Count == 1 && (string?)m[0]!["status"] == "sent",
            TimeSpan.FromSeconds(30), "the SMS is marked sent"))[0]!;
        Assert.Equal(ProviderId, (string?)message["provider"]);
        Assert.Equal(delivery.Id, (string?)message["id"]);
        Assert.Equal((string?)message["eventId"], (string?)payload["eventId"]);
        Assert.Equal((string?)message["body"], (string?)payload["body"]);
        Assert.Single(_receiver.Deliveries);
    }

    [Fact]
    public async Task A_5xx_is_retried_with_the_same_webhook_id_until_it_is_accepted()
    {
        _receiver.AnswerInTurn(500, 503, 200);
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "webhook-provider-2");

        var message = (await Eventually.Until(() => client.MessagesAsync("channel=sms"), m => m.Count == 1 && (string?)m[0]!["status"] == "sent",
            TimeSpan.FromSeconds(30), "the SMS is sent after two failures"))[0]!;
        var deliveries = _receiver.Deliveries;
        Assert.Equal(3, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((string?)message["id"], d.Id));
        Assert.All(deliveries, d => Assert.True(d.SignatureValid));
        var detail = (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{(string?)message["id"]}"))!;
        Assert.Equal(["TransientFailure", "TransientFailure", "Accepted"], detail["attempts"]!.AsArray().Select(a => (string?)a!["outcome"]));
        Assert.All(detail["attempts"]!.AsArray(), a => Assert.Equal(ProviderId, (string?)a!["provider"]));
        Assert.Empty(await client.MessagesAsync("channel=email"));
    }

    [Fact]
    public async Task A_4xx_fails_the_sms_and_the_confirmation_falls_back_to_email()
    {
        _receiver.AnswerWith(400);
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "webhook-provider-3");

        var messages = await Eventually.Until(() => client.MessagesAsync(""), m => m.Count == 2 && m.Any(x => (string?)x!["status"] == "delivered"),
            TimeSpan.FromSeconds(30), "the SMS fails and the email fallback is delivered by the sandbox");
        var sms = Assert.Single(messages, m => (string?)m!["channel"] == "sms")!;
        Assert.Equal("failed", (string?)sms["status"]);
        Assert.Equal(ProviderId, (string?)sms["provider"]);
        Assert.Contains("400", (string?)sms["lastError"], StringComparison.Ordinal);
        var email = Assert.Single(messages, m => (string?)m!["channel"] == "email")!;
        Assert.Equal("sandbox", (string?)email["provider"]);
        Assert.Single(_receiver.Deliveries);
    }

    [Fact]
    public async Task The_api_checks_providers_and_routes_and_never_shows_credentials()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        var listed = await client.Admin.GetStringAsync("/api/v1/providers");
        Assert.DoesNotContain(_receiver.Secret, listed, StringComparison.Ordinal);
        var provider = (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/providers/{ProviderId}"))!;
        Assert.Equal("webhook", (string?)provider["type"]);
        Assert.Equal(_receiver.Url, (string?)provider["settings"]!["url"]);
        Assert.Equal(["secret"], provider["credentialNames"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["sms"], provider["channels"]!.AsArray().Select(n => (string?)n));
        Assert.DoesNotContain(_receiver.Secret, provider.ToJsonString(), StringComparison.Ordinal);

        // An update without credentials keeps them.
        using (var update = await client.PutProviderAsync(ProviderId, new { type = "webhook", settings = new { url = _receiver.Url, timeoutSeconds = 2 } }))
        {
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            Assert.Equal(["secret"], (await update.Content.ReadFromJsonAsync<JsonNode>())!["credentialNames"]!.AsArray().Select(n => (string?)n));
        }

        using (var invalid = await client.PutProviderAsync("bad-hook", new
        {
            type = "webhook",
            settings = new { url = "ftp://example.com/x", timeoutSeconds = 90, colour = "blue" },
            credentials = new { secret = "not-a-whsec-secret" },
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var errors = (await invalid.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsObject();
            Assert.Equal(["credentials.secret", "settings.colour", "settings.timeoutSeconds", "settings.url"], errors.Select(e => e.Key).Order());
        }
        using (var missing = await client.PutProviderAsync("bad-hook", new { type = "webhook", settings = new { } }))
        {
            var errors = (await missing.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsObject();
            Assert.Equal(["credentials.secret", "settings.url"], errors.Select(e => e.Key).Order());
        }
        using (var unknownType = await client.PutProviderAsync("bad-hook", new { type = "carrier-pigeon" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
            Assert.NotNull((await unknownType.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["type"]);
        }
        using (var builtIn = await client.PutProviderAsync("sandbox", new { type = "sandbox" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, builtIn.StatusCode);
        }

        using (var unknownChannel = await client.PutChannelAsync("pigeon", ProviderId))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownChannel.StatusCode);
        }
        using (var unknownProvider = await client.PutChannelAsync("email", "sandbox", "no-such-provider"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknownProvider.StatusCode);
            var errors = (await unknownProvider.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsObject();
            Assert.Equal(["providers[1]"], errors.Select(e => e.Key));
        }

        using (var inUse = await client.Admin.DeleteAsync($"/api/v1/providers/{ProviderId}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        }
        var channels = await client.GetArrayAsync("/api/v1/channels");
        Assert.Equal(["sms", "whatsapp", "rcs", "email"], channels.Select(c => (string?)c!["channel"]));
        Assert.Equal([ProviderId], channels[0]!["providers"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(["sandbox"], channels[3]!["providers"]!.AsArray().Select(p => (string?)p));
        Assert.True((bool)channels[3]!["isDefault"]!);

        using (var reset = await client.PutChannelAsync("sms"))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            Assert.True((bool)(await reset.Content.ReadFromJsonAsync<JsonNode>())!["isDefault"]!);
        }
        using (var deleted = await client.Admin.DeleteAsync($"/api/v1/providers/{ProviderId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        using var gone = await client.Admin.GetAsync($"/api/v1/providers/{ProviderId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    public void Dispose()
    {
        _receiver.Dispose();
        GC.SuppressFinalize(this);
    }
}
