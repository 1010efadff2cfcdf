using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Durability;

/// <summary>While the database is down Hub answers 503 (never 2xx), and it recovers by itself when the database returns.</summary>
public sealed class DatabaseOutageTests
{
    private const string Secret = "outage-secret";

    [Fact]
    public async Task Webhooks_get_503_while_the_database_is_down_and_flow_again_after()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        if (!cluster.IsLocal)
        {
            return; // an external server cannot be stopped by a test
        }
        var environment = HubEnvironment.Postgres(await cluster.CreateDatabaseAsync("outage"));
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("shop", "shopify", Secret, new { defaultRegion = "US" });

        await cluster.StopServerAsync();
        var body = ShopifyWebhook.Order(777, "#777");
        using (var during = await client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "outage-1")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
            Assert.True(during.Headers.RetryAfter is not null);
        }
        using (var ready = await client.Http.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        using (var live = await client.Http.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await cluster.RestartServerAsync();
        await Eventually.Until(async () =>
        {
            using var retry = await client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "outage-1"));
            return retry.StatusCode;
        }, s => s == HttpStatusCode.Accepted, TimeSpan.FromSeconds(30), "the sender's retry is accepted once the database is back");
        var messages = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the retried webhook is delivered");
        Assert.Contains("#777", (string?)messages[0]!["body"], StringComparison.Ordinal);
    }
}
