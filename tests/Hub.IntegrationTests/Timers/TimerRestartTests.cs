using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Timers;

/// <summary>
/// Timers survive the process: those that fell due while Hub was down fire when it starts, and a SIGKILL in the middle
/// of a burst of due timers loses none and fires none twice. Runs once per database.
/// </summary>
public abstract class TimerRestartTests(IHubDatabase database, ITestOutputHelper output) : IDisposable
{
    private const int Count = 100;
    private static readonly List<string> Keys = [.. Enumerable.Range(0, Count).Select(ReminderWorkflow.Key)];
    private readonly ReminderWorkflow _workflow = new();

    [Fact]
    public async Task Timers_that_fell_due_while_hub_was_stopped_fire_once_when_it_starts()
    {
        var (environment, store) = await BookAsync();
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        Assert.Equal(Count, await store.MoveTimersAsync(due));
        // The process is already stopped (BookAsync stops it): the due time passes while nothing runs.
        await WaitUntilAsync(due + TimeSpan.FromMilliseconds(500));
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM messages"));

        await using var hub = await HubProcess.StartAsync(environment);
        await AssertEachFiredOnceAsync(store, "after the restart");
    }

    [Fact]
    public async Task A_sigkill_during_a_burst_of_due_timers_loses_none_and_fires_none_twice()
    {
        var (environment, store) = await BookAsync();
        await using var first = await HubProcess.StartAsync(environment);
        var due = DateTimeOffset.UtcNow.AddSeconds(1);
        Assert.Equal(Count, await store.MoveTimersAsync(due));
        // Killed as the timers are claimed and run: some have fired, some are leased to the dead process, some wait.
        await Eventually.Until(() => store.ScalarAsync("SELECT count(*) FROM jobs WHERE kind = 'workflow-run' AND status = 'Running'"),
            n => n > 0, TimeSpan.FromSeconds(30), "the first due timers are claimed");
        first.Kill();
        var firedBeforeKill = await store.ScalarAsync("SELECT count(*) FROM messages");
        var leased = await store.ScalarAsync("SELECT count(*) FROM jobs WHERE kind = 'workflow-run' AND status = 'Running'");
        output.WriteLine($"{database.Name}: when Hub was killed {firedBeforeKill} of {Count} timers had fired and {leased} were leased to it");

        await using var second = await HubProcess.StartAsync(environment);
        await AssertEachFiredOnceAsync(store, "after the kill and restart");
    }

    /// <summary>Books <see cref="Count"/> reminders an hour ahead on a Hub that is stopped again once they all wait.</summary>
    private async Task<(Dictionary<string, string> Environment, TimerStore Store)> BookAsync()
    {
        var environment = _workflow.Apply(await database.CreateEnvironmentAsync());
        var store = TimerStore.For(environment);
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        var start = DateTimeOffset.UtcNow.AddHours(1);
        Assert.Empty(await ReminderWorkflow.PostAsync([client], [.. Keys.Select(k => ReminderWorkflow.Booked(k, start))], parallel: 8));
        await Eventually.Until(() => store.ScalarAsync(
                $"SELECT count(*) FROM workflow_instances WHERE workflow_id = '{ReminderWorkflow.WorkflowId}' AND status = 'Waiting'"),
            n => n == Count, TimeSpan.FromSeconds(30), $"all {Count} instances wait for their timer");
        await hub.StopAsync();
        return (environment, store);
    }

    private static async Task AssertEachFiredOnceAsync(TimerStore store, string when)
    {
        await Eventually.Until(store.BacklogAsync, b => b is { Active: 0, Jobs: 0 }, TimeSpan.FromSeconds(30), $"every timer has fired {when}");
        var outcomes = await store.OutcomesAsync();
        Assert.Equal(Keys, outcomes.Keys.Order(StringComparer.Ordinal));
        var wrong = outcomes.Where(o => !o.Value.Reminded).Select(o => $"{o.Key}: {o.Value}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} timers did not fire exactly once {when}:\n{string.Join('\n', wrong.Take(20))}");
        Assert.Equal(Count, await store.ScalarAsync("SELECT count(*) FROM send_attempts"));
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM jobs WHERE status = 'Dead'"));
    }

    private static Task WaitUntilAsync(DateTimeOffset instant) =>
        Task.Delay(TimeSpan.FromTicks(Math.Max(0, (instant - DateTimeOffset.UtcNow).Ticks)));

    public void Dispose() => _workflow.Dispose();
}

public sealed class SqliteTimerRestartTests(SqliteDatabase database, ITestOutputHelper output)
    : TimerRestartTests(database, output), IClassFixture<SqliteDatabase>;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresTimerRestartTests(PostgresFixture fixture, ITestOutputHelper output)
    : TimerRestartTests(new PostgresDatabase(fixture), output);
