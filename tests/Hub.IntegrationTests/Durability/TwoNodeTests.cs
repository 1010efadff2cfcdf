using Hub.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Durability;

/// <summary>Acceptance: two Hub processes share one PostgreSQL and process 1,000 webhooks, every one exactly once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const string Secret = "two-node-secret";
    private const int Count = 1000;

    [Fact]
    public async Task Two_processes_share_the_work_and_do_each_webhook_once()
    {
        var connectionString = await fixture.CreateDatabaseAsync("two_nodes");
        var environment = HubEnvironment.Postgres(connectionString).AtLowPriority();
        // No node is killed here: a lease long enough that a node starved of CPU by the tests beside it keeps its claims.
        environment["Hub__Dispatcher__Lease"] = "00:00:20";
        await using var nodeA = await HubProcess.StartAsync(environment);
        await using var nodeB = await HubProcess.StartAsync(environment);
        using var a = new HubClient(nodeA.BaseAddress);
        using var b = new HubClient(nodeB.BaseAddress);
        await a.PutConnectorAsync("pair", "shopify", Secret, new { defaultRegion = "US" });

        var started = DateTimeOffset.UtcNow;
        await WebhookLoad.PostOrdersAsync([a.Http, b.Http], "pair", Secret, Count, firstOrderId: 50_000);
        await Eventually.Until(
            () => Scalar(connectionString, "SELECT count(*) FROM messages WHERE status = 'Delivered'"),
            n => n >= Count, TimeSpan.FromSeconds(120), $"all {Count} messages are delivered");
        output.WriteLine($"{Count} webhooks through two nodes in {(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s");

        Assert.Equal(Count, await Scalar(connectionString, "SELECT count(*) FROM inbound_requests"));
        Assert.Equal(Count, await Scalar(connectionString, "SELECT count(*) FROM events"));
        Assert.Equal(Count, await Scalar(connectionString, "SELECT count(*) FROM workflow_instances"));
        Assert.Equal(Count, await Scalar(connectionString, "SELECT count(*) FROM messages"));
        // Each message went to the provider exactly once: a duplicate claim would show as a second attempt.
        Assert.Equal(Count, await Scalar(connectionString, "SELECT count(*) FROM send_attempts"));
        Assert.Equal(0, await Scalar(connectionString, "SELECT count(*) FROM jobs"));
        Assert.Equal(Count, await Scalar(connectionString, "SELECT count(DISTINCT body) FROM messages"));
        // Both nodes recorded the version of each shipped workflow, once, and every instance names its version.
        var shipped = Directory.GetFiles(Path.Combine(RepoPaths.Root, "workflows"), "*.yaml").Length;
        Assert.Equal(shipped, await Scalar(connectionString, "SELECT count(*) FROM workflow_definitions"));
        Assert.Equal(shipped, await Scalar(connectionString, "SELECT count(DISTINCT workflow_id) FROM workflow_definitions"));
        Assert.Equal(Count, await Scalar(connectionString,
            "SELECT count(*) FROM workflow_instances i JOIN workflow_definitions d ON d.workflow_id = i.workflow_id AND d.version = i.workflow_version AND d.source <> ''"));
    }

    private static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
