using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Deployment;

/// <summary>
/// Acceptance: connectors are cached in every process (a bad signature touches no database), and a new secret put
/// through one process is honoured by every other within a second (PostgreSQL LISTEN/NOTIFY).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SecretChangePropagationTests(PostgresFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_new_secret_reaches_the_other_process_within_a_second()
    {
        var environment = HubEnvironment.Postgres(await fixture.CreateDatabaseAsync("secret_propagation"));
        await using var nodeA = await HubProcess.StartAsync(environment);
        await using var nodeB = await HubProcess.StartAsync(environment);
        using var a = new HubClient(nodeA.BaseAddress);
        using var b = new HubClient(nodeB.BaseAddress);
        await a.PutConnectorAsync("rotating", "shopify", "first-secret", new { defaultRegion = "US" });
        // B learns the connector (and caches it) from its first webhook.
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(b, "first-secret", "before"));

        using (var response = await a.Admin.PutAsJsonAsync("/api/v1/connectors/rotating",
            new { type = "shopify", secret = "second-secret", settings = new { defaultRegion = "US" }, previousSecretValidForSeconds = 0 }))
        {
            response.EnsureSuccessStatusCode();
        }
        var clock = Stopwatch.StartNew();
        var attempt = 0;
        await Eventually.Until(() => PostAsync(b, "second-secret", $"after-{attempt++}"), s => s == HttpStatusCode.Accepted,
            TimeSpan.FromSeconds(5), "node B accepts the new secret");
        var elapsed = clock.Elapsed;
        output.WriteLine($"node B accepted the new secret {elapsed.TotalMilliseconds:F0} ms after node A stored it ({attempt} tries)");
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"took {elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(b, "first-secret", "old"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(b, "wrong-secret", "wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(a, "wrong-secret", "wrong-a"));
    }

    private static async Task<HttpStatusCode> PostAsync(HubClient node, string secret, string deliveryId)
    {
        var body = ShopifyWebhook.Order(7_000 + Math.Abs(deliveryId.GetHashCode(StringComparison.Ordinal) % 1000), "#7000");
        using var response = await node.Http.SendAsync(ShopifyWebhook.Request("rotating", body, secret, deliveryId));
        return response.StatusCode;
    }
}
