using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.LinkMobility;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// LINK Mobility configured through the API in a real Hub process: a Shopify order's SMS reaches LINK's fake with
/// Basic auth and Hub's message id as <c>refId</c>, and LINK's delivery report posted to <c>/providers/{id}/dlr</c>
/// with the gate's Basic auth makes it delivered; a permanent LINK result code falls back to email. Per database.
/// </summary>
public abstract class LinkMobilityProviderTests(IHubDatabase database) : IDisposable
{
    private const string ShopSecret = "link-shop-secret";
    private const string ProviderId = "link-no";
    private readonly LinkMobilityFake _fake = new("hub-api", "api-password", "HUB-PLATFORM", "HUB-PARTNER", "HubShop", "HUBGATE01");

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.050";
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("shop", "shopify", ShopSecret, new { defaultRegion = "US" });
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "linkmobility",
            settings = new { baseUrl = _fake.BaseUrl, platformId = "HUB-PLATFORM", platformPartnerId = "HUB-PARTNER", source = "HubShop", deliveryReportGate = "HUBGATE01", timeoutSeconds = 30 },
            credentials = new { username = "hub-api", password = "api-password", callbackUsername = "link-gate", callbackPassword = "gate-password" },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using (var route = await client.PutChannelAsync("sms", ProviderId))
        {
            Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        }
        return (hub, client);
    }

    private static async Task PostOrderAsync(HubClient client, string deliveryId)
    {
        using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), ShopSecret, deliveryId));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task An_order_confirmation_reaches_link_with_basic_auth_and_the_message_id_as_refId()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "link-provider-1");

        var message = (await Eventually.Until(() => client.MessagesAsync("channel=sms"), m => m.Count == 1 && (string?)m[0]!["status"] == "sent",
            TimeSpan.FromSeconds(30), "the SMS is marked sent"))[0]!;
        var send = Assert.Single(_fake.Received);
        Assert.Empty(send.Problems);
        Assert.Equal(("hub-api", "api-password"), (send.Username, send.Password));
        Assert.Equal((string?)message["id"], send.RefId);
        Assert.Equal(ProviderId, (string?)message["provider"]);
        Assert.Contains("#9999", (string?)send.Body!["userData"], StringComparison.Ordinal);

        // LINK's gate reports delivery (dlr.delivered.json, with this message's refId and LINK's id).
        var report = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("providers/linkmobility/dlr.delivered.json")))!;
        report["refId"] = send.RefId;
        report["id"] = (string?)message["providerMessageId"];
        Assert.Equal(HttpStatusCode.Unauthorized, await PostReportAsync(client, report, "link-gate", "not-the-password"));
        Assert.Equal("sent", (string?)(await client.MessagesAsync("channel=sms"))[0]!["status"]);
        Assert.Equal(HttpStatusCode.OK, await PostReportAsync(client, report, "link-gate", "gate-password"));

        var delivered = (await client.MessagesAsync("channel=sms"))[0]!;
        Assert.Equal("delivered", (string?)delivered["status"]);
        var detail = (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{(string?)message["id"]}"))!;
        var receipt = Assert.Single(detail["receipts"]!.AsArray())!;
        Assert.Equal("delivered", (string?)receipt["status"]);
        Assert.Equal("link-no", (string?)receipt["provider"]);
    }

    private static async Task<HttpStatusCode> PostReportAsync(HubClient client, JsonNode report, string username, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{ProviderId}/dlr")
        {
            Content = new StringContent(report.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_permanent_result_code_fails_the_sms_and_the_confirmation_falls_back_to_email()
    {
        _fake.AnswerResultCode(2000);
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "link-provider-2");

        var messages = await Eventually.Until(() => client.MessagesAsync(""), m => m.Count == 2 && m.Any(x => (string?)x!["status"] == "delivered"),
            TimeSpan.FromSeconds(30), "the SMS fails and the email fallback is delivered by the sandbox");
        var sms = Assert.Single(messages, m => (string?)m!["channel"] == "sms")!;
        Assert.Equal("failed", (string?)sms["status"]);
        Assert.Contains("2000", (string?)sms["lastError"], StringComparison.Ordinal);
        Assert.Equal("sandbox", (string?)Assert.Single(messages, m => (string?)m!["channel"] == "email")!["provider"]);
        Assert.Single(_fake.Received);
    }

    public void Dispose()
    {
        _fake.Dispose();
        GC.SuppressFinalize(this);
    }
}
