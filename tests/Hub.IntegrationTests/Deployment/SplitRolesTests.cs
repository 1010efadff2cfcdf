using System.Net;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Deployment;

/// <summary>
/// <c>Hub__Roles</c>: one process takes webhooks and runs no workers, another only works jobs; on one PostgreSQL the
/// pair delivers every order, and the worker is woken by the intake's notification rather than its poll.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SplitRolesTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const string Secret = "split-secret";

    [Fact]
    public async Task An_ingest_process_and_a_worker_process_deliver_together()
    {
        var connectionString = await fixture.CreateDatabaseAsync("split_roles");
        var ingestEnvironment = HubEnvironment.Postgres(connectionString);
        ingestEnvironment["Hub__Roles"] = "ingest";
        var workerEnvironment = HubEnvironment.Postgres(connectionString);
        workerEnvironment["Hub__Roles"] = "worker";
        // A poll this slow would show: the test's patience below is shorter.
        workerEnvironment["Hub__Dispatcher__PollInterval"] = "00:00:30";
        await using var ingest = await HubProcess.StartAsync(ingestEnvironment);
        await using var worker = await HubProcess.StartAsync(workerEnvironment);
        using var intake = new HubClient(ingest.BaseAddress);
        using var work = new HubClient(worker.BaseAddress);
        await intake.PutConnectorAsync("split", "shopify", Secret, new { defaultRegion = "US" });

        var body = ShopifyWebhook.Order(81_001, "#81001");
        using (var refused = await work.Http.SendAsync(ShopifyWebhook.Request("split", body, Secret, "split-on-worker")))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode); // a worker-only process takes no webhooks
        }
        var started = DateTimeOffset.UtcNow;
        await WebhookLoad.PostOrdersAsync([intake.Http], "split", Secret, 20, firstOrderId: 81_100);
        var messages = await Eventually.Until(() => intake.MessagesAsync("status=delivered&limit=100"), m => m.Count >= 20,
            TimeSpan.FromSeconds(15), "the worker process delivers all 20 orders");
        output.WriteLine($"20 orders through an ingest and a worker process in {(DateTimeOffset.UtcNow - started).TotalMilliseconds:F0} ms");
        Assert.Equal(20, messages.Count);
    }
}
