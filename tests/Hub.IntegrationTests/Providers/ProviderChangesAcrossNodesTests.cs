using System.Net;
using Hub.IntegrationTests.Channels.Webhook;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// Provider configuration is cached in every process and refreshed by change notifications: a route set through one
/// node is used at once by the node that sends, which never reads provider configuration per message.
/// </summary>
[Collection(PostgresMessagingCollection.Name)]
public sealed class ProviderChangesAcrossNodesTests(PostgresFixture fixture) : IDisposable
{
    private const string ShopSecret = "across-nodes-secret";
    private readonly WebhookReceiver _receiver = new();

    [Fact]
    public async Task A_route_changed_on_one_node_is_used_by_the_node_that_sends()
    {
        var environment = HubEnvironment.Postgres(await fixture.CreateDatabaseAsync("provider_nodes"));
        // Node A only answers the API and takes webhooks; node B runs every job, so every send is B's.
        await using var nodeA = await HubProcess.StartAsync(new Dictionary<string, string>(environment) { ["Hub__Dispatcher__Enabled"] = "false" });
        await using var nodeB = await HubProcess.StartAsync(environment);
        using var a = new HubClient(nodeA.BaseAddress);
        using var b = new HubClient(nodeB.BaseAddress);
        await a.PutConnectorAsync("shop", "shopify", ShopSecret, new { defaultRegion = "US" });

        // B has composed a message before the change, so its cache is loaded and must be refreshed, not merely filled.
        await PostOrderAsync(a, 1);
        await Eventually.Until(() => b.MessagesAsync("status=delivered"), m => m.Count == 1, TimeSpan.FromSeconds(30), "the first order goes to the sandbox");

        await a.RouteToWebhookAsync("sms", "internal-sms", _receiver.Url, _receiver.Secret);
        await PostOrderAsync(a, 2);
        await Eventually.Until(() => Task.FromResult(_receiver.Deliveries), d => d.Count == 1, TimeSpan.FromSeconds(30), "the second order reaches the webhook");

        using (var reset = await a.PutChannelAsync("sms"))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }
        await PostOrderAsync(a, 3);
        var delivered = await Eventually.Until(() => b.MessagesAsync("status=delivered"), m => m.Count == 2, TimeSpan.FromSeconds(30), "the third order goes to the sandbox again");
        Assert.All(delivered, m => Assert.Equal("sandbox", (string?)m!["provider"]));
        Assert.Single(_receiver.Deliveries);
    }

    private static async Task PostOrderAsync(HubClient client, int n)
    {
        using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.Order(7000 + n, $"#N-{n}"), ShopSecret, $"across-{n}"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public void Dispose() => _receiver.Dispose();
}
