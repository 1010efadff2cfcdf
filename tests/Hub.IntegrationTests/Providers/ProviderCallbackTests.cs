using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.WhatsApp;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// Receipts and replies through <c>/providers/{id}/...</c> on a real Hub, per database, with WhatsApp's own signed
/// webhooks: a receipt moves the message on and never back, a tampered copy is refused and changes nothing, the
/// GET handshake answers the challenge, and a reply becomes a message.received event naming the message it answers.
/// </summary>
public abstract class ProviderCallbackTests(IHubDatabase database) : IDisposable
{
    private const string ProviderId = "wa-main";
    private const string Customer = "+16505551234";
    private const string FixtureWamid = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=";
    private readonly GraphApiFake _graph = new();

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "whatsapp",
            settings = new { phoneNumberId = GraphApiFake.PhoneNumberId, baseUrl = _graph.BaseUrl, timeoutSeconds = 30 },
            credentials = new { accessToken = GraphApiFake.AccessToken, appSecret = MetaWebhooks.AppSecret, verifyToken = MetaWebhooks.VerifyToken },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using (var route = await client.PutChannelAsync("whatsapp", ProviderId))
        {
            Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        }
        return (hub, client);
    }

    /// <summary>Opens WhatsApp's service window (free text goes only within 24 hours of the customer's last message): Meta's inbound text, written now.</summary>
    private static async Task OpenServiceWindowAsync(HubClient client)
    {
        var inbound = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaWebhooks.File("webhook.inbound-text.json"))
            .Replace("1749416383", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, inbound, MetaWebhooks.Sign(inbound)));
    }

    private static async Task<JsonNode> SendAsync(HubClient client)
    {
        await OpenServiceWindowAsync(client);
        using var response = await client.Admin.PostAsJsonAsync("/api/v1/messages",
            new { to = new { phone = Customer }, channels = new[] { "whatsapp" }, text = "Your table is ready", purpose = "transactional" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        return await Eventually.Until(() => DetailAsync(client, id),
            m => (string?)m["message"]!["status"] == "sent", TimeSpan.FromSeconds(30), "the WhatsApp message is sent");
    }

    /// <summary>WhatsApp's status webhook for our message (the fixture with its wamid and status replaced), as Meta posts it.</summary>
    private static byte[] Status(string wamid, string status) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaWebhooks.File("webhook.status-delivered.json"))
        .Replace(FixtureWamid, wamid, StringComparison.Ordinal)
        .Replace("\"status\": \"delivered\"", $"\"status\": \"{status}\"", StringComparison.Ordinal));

    private static async Task<HttpStatusCode> PostAsync(HubClient client, byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{ProviderId}/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<JsonNode> DetailAsync(HubClient client, string id) =>
        (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{id}"))!;

    [Fact]
    public async Task Receipts_move_a_message_forward_only_and_forged_ones_change_nothing()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;
        var sent = await SendAsync(client);
        var id = (string)sent["message"]!["id"]!;
        var wamid = (string)sent["message"]!["providerMessageId"]!;

        var delivered = Status(wamid, "delivered");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, delivered, MetaWebhooks.Sign(delivered)));
        Assert.Equal("delivered", (string?)(await DetailAsync(client, id))["message"]!["status"]);

        // A late "sent" after "delivered" moves nothing back.
        var late = Status(wamid, "sent");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, late, MetaWebhooks.Sign(late)));
        Assert.Equal("delivered", (string?)(await DetailAsync(client, id))["message"]!["status"]);

        // A "read" with a signature of another body, or none, or with another secret: 401, and still delivered.
        var read = Status(wamid, "read");
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, read, MetaWebhooks.Sign(delivered)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, read, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, read, MetaWebhooks.Sign(read, "another-app-secret")));
        var detail = await DetailAsync(client, id);
        Assert.Equal("delivered", (string?)detail["message"]!["status"]);
        Assert.Equal(2, detail["receipts"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, read, MetaWebhooks.Sign(read)));
        detail = await DetailAsync(client, id);
        Assert.Equal("read", (string?)detail["message"]!["status"]);
        Assert.Equal(["delivered", "read", "sent"], detail["receipts"]!.AsArray().Select(r => (string?)r!["providerStatus"]).Order(StringComparer.Ordinal));
        var attempt = Assert.Single(detail["attempts"]!.AsArray())!;
        Assert.Equal(200, (int?)attempt["httpStatus"]);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task The_handshake_answers_the_challenge_and_a_reply_names_the_message_it_answers()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        var challenge = await client.Http.GetStringAsync(
            $"/providers/{ProviderId}/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={MetaWebhooks.VerifyToken}");
        Assert.Equal("1158201444", challenge);
        using (var wrong = await client.Http.GetAsync($"/providers/{ProviderId}/webhook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var sent = await SendAsync(client);
        var wamid = (string)sent["message"]!["providerMessageId"]!;
        var reply = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaWebhooks.File("webhook.inbound-button-reply.json"))
            .Replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA", wamid, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, reply, MetaWebhooks.Sign(reply)));
        // Meta resends a webhook it got no 2xx for, or at will: the same message is one event.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, reply, MetaWebhooks.Sign(reply)));

        // The customer's first message (which opened the service window) and the reply, once.
        var events = await Eventually.Until(() => client.EventsAsync($"provider:{ProviderId}"), e => e.Count >= 2,
            TimeSpan.FromSeconds(30), "the reply is an event");
        Assert.Equal(2, events.Count);
        var received = Assert.Single(events, e => e!["data"]!["message"]!["inReplyTo"] is not null)!;
        Assert.Equal("message.received", (string?)received["type"]);
        var message = received["data"]!["message"]!;
        Assert.Equal("whatsapp", (string?)message["channel"]);
        Assert.Equal(Customer, (string?)message["from"]);
        Assert.Equal((string?)sent["message"]!["id"], (string?)message["inReplyTo"]);
        Assert.Equal(Customer, (string?)received["data"]!["contact"]!["phone"]);
    }

    [Fact]
    public async Task Callbacks_for_unknown_providers_or_too_large_are_refused()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        using var unknown = await client.Http.PostAsync("/providers/nobody/webhook", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        using var sandbox = await client.Http.PostAsync("/providers/sandbox/dlr", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, sandbox.StatusCode);
        var huge = new byte[1024 * 1024 + 1];
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(client, huge, MetaWebhooks.Sign(huge)));
    }

    public void Dispose()
    {
        _graph.Dispose();
        GC.SuppressFinalize(this);
    }
}
