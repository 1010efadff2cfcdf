using System.Diagnostics;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Timers;

/// <summary>
/// Acceptance 6: a timer and a cancel for the same instance falling due in the same instant, 1,000 times: each
/// instance ends exactly once, reminded or cancelled, never both and never neither. Runs once per database.
/// </summary>
public abstract class TimerRaceTests(IHubDatabase database, ITestOutputHelper output) : IDisposable
{
    private const int Count = 1000;

    private readonly ReminderWorkflow _workflow = new();

    [Fact]
    public async Task A_timer_and_a_cancel_due_in_the_same_instant_end_each_instance_exactly_once()
    {
        var environment = _workflow.Apply(await database.CreateEnvironmentAsync());
        var store = TimerStore.For(environment);
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        var keys = Enumerable.Range(0, Count).Select(ReminderWorkflow.Key).ToList();

        // Booked for an hour from now; once all wait, their timers are moved to one instant a moment ahead, so that
        // the race does not depend on how fast a loaded machine takes 1,000 bookings.
        var bookingClock = Stopwatch.StartNew();
        var start = DateTimeOffset.UtcNow.AddHours(1);
        Assert.Empty(await ReminderWorkflow.PostAsync([client], [.. keys.Select(k => ReminderWorkflow.Booked(k, start))], parallel: 8));
        await Eventually.Until(() => store.ScalarAsync(
                $"SELECT count(*) FROM workflow_instances WHERE workflow_id = '{ReminderWorkflow.WorkflowId}' AND status = 'Waiting'"),
            n => n == Count, TimeSpan.FromSeconds(30), $"all {Count} instances wait for their timer");
        output.WriteLine($"{database.Name}: {Count} bookings in {bookingClock.ElapsedMilliseconds} ms");
        var due = DateTimeOffset.UtcNow.AddSeconds(1);
        Assert.Equal(Count, await store.MoveTimersAsync(due));

        // The cancellations land while the timers are being claimed and run: start a hair before the instant so that
        // the first ones arrive as it passes, and send them in the order the timers are claimed in (oldest first).
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (due - DateTimeOffset.UtcNow - TimeSpan.FromMilliseconds(100)).Ticks)));
        var clock = Stopwatch.StartNew();
        var refused = await ReminderWorkflow.PostAsync([client], [.. keys.Select(k => ReminderWorkflow.Cancelled(k, start))], parallel: 64);
        var posted = clock.Elapsed;

        await Eventually.Until(store.BacklogAsync, b => b is { Active: 0, Jobs: 0 },
            TimeSpan.FromSeconds(30), "every instance has ended and every job is done");
        var outcomes = await store.OutcomesAsync();
        var reminded = outcomes.Count(o => o.Value.Reminded);
        var cancelled = outcomes.Count(o => o.Value.Cancelled);
        output.WriteLine($"{database.Name}: cancellations posted in {posted.TotalMilliseconds:F0} ms from 100 ms before the due time; " +
                         $"{reminded} reminded, {cancelled} cancelled; settled {(DateTimeOffset.UtcNow - due).TotalSeconds:F1} s after the due time");

        // A cancel that met a running timer is still recorded, not refused.
        Assert.True(refused.Count == 0, $"{refused.Count} cancellations refused:\n{string.Join('\n', refused.Take(5))}");
        Assert.Equal(keys, outcomes.Keys.Order(StringComparer.Ordinal));
        var wrong = outcomes.Where(o => !(o.Value.Reminded ^ o.Value.Cancelled)).Select(o => $"{o.Key}: {o.Value}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} instances did not end exactly once:\n{string.Join('\n', wrong.Take(20))}");
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM jobs WHERE status = 'Dead'"));
        Assert.Equal(reminded, await store.ScalarAsync("SELECT count(*) FROM send_attempts"));
        // The race was run: both outcomes happened (a cancel landing wholly before or after every timer proves nothing).
        Assert.True(reminded > 0 && cancelled > 0, $"Only one outcome happened ({reminded} reminded, {cancelled} cancelled): the cancellations missed the instant.");
    }

    public void Dispose() => _workflow.Dispose();
}

public sealed class SqliteTimerRaceTests(SqliteDatabase database, ITestOutputHelper output)
    : TimerRaceTests(database, output), IClassFixture<SqliteDatabase>;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresTimerRaceTests(PostgresFixture fixture, ITestOutputHelper output)
    : TimerRaceTests(new PostgresDatabase(fixture), output);
