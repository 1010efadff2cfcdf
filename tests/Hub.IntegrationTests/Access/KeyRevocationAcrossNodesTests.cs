using System.Diagnostics;
using System.Net;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Access;

/// <summary>Acceptance: a key revoked through one process of a two-process PostgreSQL deployment is refused by the other within a second.</summary>
[Collection(PostgresAccessCollection.Name)]
public sealed class KeyRevocationAcrossNodesTests(PostgresFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_revoked_key_is_refused_by_the_other_process_within_a_second()
    {
        var environment = HubEnvironment.Postgres(await fixture.CreateDatabaseAsync("key_revocation"));
        await using var nodeA = await HubProcess.StartAsync(environment);
        await using var nodeB = await HubProcess.StartAsync(environment);
        using var a = new HubClient(nodeA.BaseAddress);
        var (id, key) = await AccessClient.CreateKeyAsync(a.Admin, "short-lived", "viewer");
        using var onB = AccessClient.WithKey(nodeB.BaseAddress, key);
        // Node B learns of the new key from the notice too.
        await Eventually.Until(() => StatusAsync(onB), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(5), "node B accepts the new key");

        using (var revoke = await a.Admin.DeleteAsync($"/api/v1/api-keys/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }
        var clock = Stopwatch.StartNew();
        await Eventually.Until(() => StatusAsync(onB), s => s == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "node B refuses the revoked key");
        var elapsed = clock.Elapsed;
        output.WriteLine($"node B refused the key {elapsed.TotalMilliseconds:F0} ms after node A revoked it");
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"took {elapsed.TotalMilliseconds:F0} ms");
        using var onA = AccessClient.WithKey(nodeA.BaseAddress, key);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(onA));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/messages?limit=1");
        return response.StatusCode;
    }
}
