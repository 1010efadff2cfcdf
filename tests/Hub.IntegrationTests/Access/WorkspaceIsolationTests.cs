using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

/// <summary>
/// Acceptance: nothing crosses workspaces. A key of workspace <c>acme</c> and one of <c>default</c> each see, change
/// and trigger only their own: connectors, events, messages and workflow instances, through the API and webhooks.
/// </summary>
public abstract class WorkspaceIsolationTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Secret = "shpss_isolation_secret";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_workspace_key_sees_changes_and_triggers_nothing_of_another_workspace()
    {
        await AccessClient.CreateWorkspaceAsync(_hub.BaseAddress, "acme");
        using var bootstrapInAcme = AccessClient.WithKey(_hub.BaseAddress, HubClient.AdminKey, "acme");
        using var acme = AccessClient.WithKey(_hub.BaseAddress, (await AccessClient.CreateKeyAsync(bootstrapInAcme, "acme-admin", "admin")).Key);
        using var home = AccessClient.WithKey(_hub.BaseAddress, (await AccessClient.CreateKeyAsync(_client.Admin, "home-admin", "admin")).Key);

        await PutShopifyAsync(acme, "acme-shop", HttpStatusCode.Created);
        await PutShopifyAsync(home, "home-shop", HttpStatusCode.Created);

        // Connectors: each lists its own; the other's id is not found, and cannot be taken over (ids are in webhook URLs).
        Assert.DoesNotContain(await IdsAsync(home, "/api/v1/connectors"), id => id == "acme-shop");
        Assert.DoesNotContain(await IdsAsync(acme, "/api/v1/connectors"), id => id == "home-shop");
        using (var other = await home.GetAsync("/api/v1/connectors/acme-shop"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }
        await PutShopifyAsync(home, "acme-shop", HttpStatusCode.Conflict);
        using (var delete = await home.DeleteAsync("/api/v1/connectors/acme-shop"))
        {
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        }

        // A workflow of acme whose trigger step names a workflow only default has: it finds none in its own workspace.
        var handoff = """{"id": "acme-handoff", "name": "Hand off", "trigger": {"event": "order.created"}, "steps": [{"id": "handoff", "trigger": {"workflow": "order-confirmation"}}]}""";
        using (var draft = await acme.PutAsync("/api/v1/workflows/acme-handoff/draft", new StringContent(handoff, System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        }
        using (var publish = await acme.PostAsync("/api/v1/workflows/acme-handoff/publish", null))
        {
            Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain(await IdsAsync(home, "/api/v1/workflows"), id => id == "acme-handoff");

        // Webhooks: an order to each shop becomes an event in the shop's workspace only.
        await PostOrderAsync("acme-shop", 61_001, "#A1001");
        await PostOrderAsync("home-shop", 61_002, "#H1002");
        var acmeEvent = await ProcessedEventAsync(acme, "acme-shop");
        var homeEvent = await ProcessedEventAsync(home, "home-shop");
        Assert.Empty(await GetArrayAsync(home, "/api/v1/events?connector=acme-shop"));
        Assert.Empty(await GetArrayAsync(acme, "/api/v1/events?connector=home-shop"));
        using (var crossing = await home.GetAsync($"/api/v1/events/{acmeEvent}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, crossing.StatusCode);
        }

        // Workflows: the shipped ones are default's; default's order reached its workflow and a message, acme's reached neither.
        await Eventually.Until(() => GetArrayAsync(home, $"/api/v1/messages?eventId={Uri.EscapeDataString(homeEvent)}"), m => m.Count > 0,
            Patience, "the default workspace's order confirmation is composed");
        Assert.Empty(await GetArrayAsync(acme, $"/api/v1/messages?eventId={Uri.EscapeDataString(acmeEvent)}"));
        Assert.Empty(await GetArrayAsync(home, $"/api/v1/messages?eventId={Uri.EscapeDataString(acmeEvent)}"));
        var acmeInstances = await Eventually.Until(() => GetArrayAsync(acme, "/api/v1/workflow-instances"),
            i => i.Count == 1 && (string)i[0]!["status"]! is var status && !status.Equals("running", StringComparison.OrdinalIgnoreCase)
                && !status.Equals("pending", StringComparison.OrdinalIgnoreCase),
            Patience, "acme's own workflow ran its trigger step");
        Assert.Equal("acme-handoff", (string)acmeInstances[0]!["workflowId"]!);
        Assert.Empty(await GetArrayAsync(acme, "/api/v1/messages"));
        Assert.DoesNotContain(await GetArrayAsync(home, "/api/v1/workflow-instances"), i => i!.ToJsonString().Contains(acmeEvent, StringComparison.Ordinal));

        // Provider callbacks: a STOP to acme's LINK instance is a contact and a consent of acme, nothing of default's.
        using (var put = await acme.PutAsJsonAsync("/api/v1/providers/acme-link", new
        {
            type = "linkmobility",
            settings = new { baseUrl = "http://127.0.0.1:9", platformId = "ACME-PLATFORM", platformPartnerId = "ACME-PARTNER", source = "Acme", timeoutSeconds = 5 },
            credentials = new { username = "acme-api", password = "api-password", callbackUsername = "acme-gate", callbackPassword = "gate-password" },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using (var other = await home.GetAsync("/api/v1/providers/acme-link"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }
        const string phone = "+4741569901";
        Assert.Equal(HttpStatusCode.OK, await PostLinkStopAsync("acme-link", phone));
        var contacts = await Eventually.Until(() => GetArrayAsync(acme, $"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}"), c => c.Count == 1,
            Patience, "the STOP's sender is a contact of acme");
        Assert.Empty(await GetArrayAsync(home, $"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}"));
        Assert.Empty(await GetArrayAsync(home, "/api/v1/conversations"));
        using (var crossing = await home.GetAsync($"/api/v1/contacts/{(string)contacts[0]!["id"]!}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, crossing.StatusCode);
        }

        // Keys: each admin lists its own workspace's keys only.
        Assert.All(await GetArrayAsync(acme, "/api/v1/api-keys"), k => Assert.Equal("acme", (string)k!["workspaceId"]!));
        Assert.All(await GetArrayAsync(home, "/api/v1/api-keys"), k => Assert.Equal("default", (string)k!["workspaceId"]!));
    }

    private static async Task PutShopifyAsync(HttpClient client, string id, HttpStatusCode expected)
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/connectors/{id}", new { type = "shopify", secret = Secret, settings = new { defaultRegion = "NO" } });
        Assert.True(response.StatusCode == expected, $"PUT connector {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task PostOrderAsync(string connectorId, long orderId, string number)
    {
        var body = ShopifyWebhook.Order(orderId, number);
        using var response = await _client.Http.SendAsync(ShopifyWebhook.Request(connectorId, body, Secret, Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>LINK's MO callback (mo.keyword-route.json) with the text STOP from <paramref name="from"/>.</summary>
    private async Task<HttpStatusCode> PostLinkStopAsync(string providerId, string from)
    {
        var mo = JsonNode.Parse(Channels.LinkMobility.LinkMobilityProviderFixture.Sample("mo.keyword-route.json"))!;
        mo["source"] = from;
        mo["content"]!["userData"] = "STOP";
        mo["messageId"] = $"mo-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{providerId}/mo")
        {
            Content = new StringContent(mo.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("acme-gate:gate-password")));
        using var response = await _client.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> ProcessedEventAsync(HttpClient client, string connectorId)
    {
        var events = await Eventually.Until(() => GetArrayAsync(client, $"/api/v1/events?connector={connectorId}"),
            e => e.Count == 1 && (string)e[0]!["status"]! != "pending", Patience, $"the order to {connectorId} is processed");
        return (string)events[0]!["id"]!;
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string path) =>
        [.. (await GetArrayAsync(client, path)).Select(c => (string)c!["id"]!)];

    private static async Task<JsonArray> GetArrayAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonNode>(path)) as JsonArray ?? throw new InvalidOperationException($"{path} is not an array");
}
