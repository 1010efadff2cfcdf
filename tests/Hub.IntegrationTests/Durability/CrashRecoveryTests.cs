using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Durability;

/// <summary>Acceptance: Hub is SIGKILLed right after acknowledging 200 webhooks; after a restart each is processed exactly once.</summary>
public abstract class CrashRecoveryTests(IHubDatabase database, ITestOutputHelper output)
{
    private const string Secret = "crash-secret";
    private const int Count = 200;

    [Fact]
    public async Task Killed_after_acknowledging_then_restarted_processes_every_webhook_exactly_once()
    {
        var environment = await database.CreateEnvironmentAsync();
        var first = await HubProcess.StartAsync(environment);
        using (var client = new HubClient(first.BaseAddress))
        {
            await client.PutConnectorAsync("crash", "shopify", Secret, new { defaultRegion = "US" });
            await WebhookLoad.PostOrdersAsync([client.Http], "crash", Secret, Count, firstOrderId: 10_000);
        }
        first.Kill();
        await first.DisposeAsync();

        await using var second = await HubProcess.StartAsync(environment);
        using var restarted = new HubClient(second.BaseAddress);
        var pendingAtRestart = (await restarted.AllAsync("/api/v1/messages?status=delivered")).Count;
        output.WriteLine($"{database.Name}: {pendingAtRestart} of {Count} messages were delivered before the kill");

        var delivered = await Eventually.Until(
            () => restarted.AllAsync("/api/v1/messages?status=delivered"),
            m => m.Count >= Count, TimeSpan.FromSeconds(90), $"all {Count} acknowledged webhooks are delivered after the restart");

        Assert.Equal(Count, (await restarted.AllAsync("/api/v1/inbound?connector=crash")).Count);
        var events = await restarted.AllAsync("/api/v1/events?connector=crash");
        Assert.Equal(Count, events.Count);
        Assert.All(events, e => Assert.Equal("processed", (string?)e["status"]));
        // Exactly once: every event has one message, and all the order numbers are there, once each.
        Assert.Equal(Count, delivered.Select(m => (string?)m["eventId"]).Distinct().Count());
        Assert.Equal(Count, (await restarted.AllAsync("/api/v1/messages")).Count);
        var numbers = delivered.Select(m => OrderNumber((string?)m["body"])).Order().ToList();
        Assert.Equal(Enumerable.Range(10_000, Count).Select(i => $"#{i}").Order().ToList(), numbers);
    }

    private static string OrderNumber(string? body)
    {
        var start = body!.IndexOf('#', StringComparison.Ordinal);
        var end = start + 1;
        while (end < body.Length && char.IsDigit(body[end]))
        {
            end++;
        }
        return body[start..end];
    }
}
