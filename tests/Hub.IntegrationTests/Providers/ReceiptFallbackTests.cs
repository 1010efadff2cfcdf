using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.Rbm;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// Receipt-driven fallback on a real Hub, per database, against Google's RBM fake: a number that is not
/// RCS-reachable moves on to SMS at once; an RCS message with no delivery receipt within the channel's window moves
/// on to SMS; one whose receipt came in time stays on RCS. Each move is recorded with its reason.
/// </summary>
public abstract class ReceiptFallbackTests : IDisposable
{
    private const string ProviderId = "rbm-main";
    private const string Reachable = "+4791234567";
    private readonly IHubDatabase _database;
    private readonly GoogleServiceAccount _account = new();

    protected ReceiptFallbackTests(IHubDatabase database)
    {
        _database = database;
        Google = new RbmApiFake(_account);
    }

    private RbmApiFake Google { get; }

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync(int? receiptTimeoutSeconds)
    {
        var environment = await _database.CreateEnvironmentAsync();
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "rbm",
            settings = new { agentId = "my-agent", baseUrl = Google.BaseUrl, tokenUrl = Google.TokenUrl, timeoutSeconds = 30 },
            credentials = new { serviceAccountJson = _account.Json(Google.TokenUrl), clientToken = RbmWebhooks.ClientToken },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using (var route = await client.Admin.PutAsJsonAsync("/api/v1/channels/rcs", new { providers = new[] { ProviderId }, receiptTimeoutSeconds }))
        {
            Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        }
        return (hub, client);
    }

    private static async Task<string> SendAsync(HubClient client, string phone)
    {
        using var response = await client.Admin.PostAsJsonAsync("/api/v1/messages",
            new { to = new { phone }, channels = new[] { "rcs", "sms" }, text = "Your table is ready", purpose = "transactional" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    private static async Task<JsonNode> DetailAsync(HubClient client, string id) =>
        (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{id}"))!;

    [Fact]
    public async Task A_number_that_is_not_rcs_reachable_gets_the_sms_at_once()
    {
        var (hub, client) = await StartAsync(receiptTimeoutSeconds: null);
        await using var _ = hub;
        using var __ = client;

        var id = await SendAsync(client, RbmApiFake.NotRcsReachable);

        var messages = await Eventually.Until(() => client.MessagesAsync($"to={Uri.EscapeDataString(RbmApiFake.NotRcsReachable)}"),
            m => m.Count == 2 && m.Any(x => (string?)x!["channel"] == "sms" && (string?)x["status"] == "delivered"),
            TimeSpan.FromSeconds(30), "the SMS fallback is delivered by the sandbox");
        var rcs = await DetailAsync(client, id);
        Assert.Equal("rcs", (string?)rcs["message"]!["channel"]);
        Assert.Equal("undeliverable", (string?)rcs["message"]!["status"]);
        Assert.Contains("→ sms", (string?)rcs["movedOnReason"], StringComparison.Ordinal);
        Assert.Equal(["rcs", "sms"], rcs["route"]!.AsArray().Select(s => (string?)s!["channel"]));
        Assert.Equal(404, (int?)Assert.Single(rcs["attempts"]!.AsArray())!["httpStatus"]);
        Assert.Single(Google.AgentMessages);
        var sms = messages.Single(m => (string?)m!["channel"] == "sms")!;
        Assert.Equal(id, (string?)(await DetailAsync(client, (string)sms["id"]!))["previousMessageId"]);
    }

    [Fact]
    public async Task An_rcs_message_without_a_delivery_receipt_in_time_falls_back_to_sms()
    {
        var (hub, client) = await StartAsync(receiptTimeoutSeconds: 2);
        await using var _ = hub;
        using var __ = client;

        var id = await SendAsync(client, Reachable);

        await Eventually.Until(() => client.MessagesAsync($"to={Uri.EscapeDataString(Reachable)}&channel=sms"),
            m => m.Count == 1 && (string?)m[0]!["status"] == "delivered", TimeSpan.FromSeconds(30), "the SMS fallback after the receipt window");
        var rcs = await DetailAsync(client, id);
        // Sent and never confirmed: it keeps its status (a late receipt still lands), the send moved on once.
        Assert.Equal("sent", (string?)rcs["message"]!["status"]);
        Assert.Contains("No delivery receipt on rcs", (string?)rcs["movedOnReason"], StringComparison.Ordinal);
        Assert.Single(Google.AgentMessages);
    }

    [Fact]
    public async Task A_delivery_receipt_in_time_keeps_the_send_on_rcs()
    {
        var (hub, client) = await StartAsync(receiptTimeoutSeconds: 3);
        await using var _ = hub;
        using var __ = client;
        var id = await SendAsync(client, Reachable);
        await Eventually.Until(() => DetailAsync(client, id), m => (string?)m["message"]!["status"] == "sent", TimeSpan.FromSeconds(30), "sent on RCS");

        // Google's DELIVERED event for this message, pushed as Pub/Sub does, signed with the client token.
        var data = JsonNode.Parse(RbmWebhooks.Data("user-event-delivered"))!;
        data["messageId"] = id;
        data["senderPhoneNumber"] = Reachable;
        var push = RbmWebhooks.PushOf(System.Text.Encoding.UTF8.GetBytes(data.ToJsonString()));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{ProviderId}/webhook") { Content = new ByteArrayContent(push.Body.ToArray()) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Goog-Signature", push.Header("X-Goog-Signature"));
        using (var response = await client.Http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal("delivered", (string?)(await DetailAsync(client, id))["message"]!["status"]);

        // Past the window, a second message's deadline passing proves the first one's did too (timers fire in order).
        await SendAsync(client, "+4791234568");
        await Eventually.Until(() => client.MessagesAsync($"to={Uri.EscapeDataString("+4791234568")}&channel=sms"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the witness falls back after its window");
        Assert.Empty(await client.MessagesAsync($"to={Uri.EscapeDataString(Reachable)}&channel=sms"));
        Assert.Null((await DetailAsync(client, id))["movedOnReason"]);
    }

    public void Dispose()
    {
        Google.Dispose();
        _account.Dispose();
        GC.SuppressFinalize(this);
    }
}
