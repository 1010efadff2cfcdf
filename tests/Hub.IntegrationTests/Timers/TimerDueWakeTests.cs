using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Timers;

/// <summary>
/// An idle worker wakes for the next timer at its due time, not at its next poll: with the poll stretched to a minute,
/// a reminder due in a few seconds still fires then (and not before). Runs once per database.
/// </summary>
public abstract class TimerDueWakeTests(IHubDatabase database) : IDisposable
{
    private readonly ReminderWorkflow _workflow = new();

    [Fact]
    public async Task A_timer_fires_at_its_due_time_even_when_the_poll_is_a_minute_away()
    {
        var environment = _workflow.Apply(await database.CreateEnvironmentAsync());
        environment["Hub__Dispatcher__PollInterval"] = "00:01:00";
        var store = TimerStore.For(environment);
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        var start = DateTimeOffset.UtcNow.AddSeconds(4);

        Assert.Empty(await ReminderWorkflow.PostAsync([client], [ReminderWorkflow.Booked("appt-wake", start)], parallel: 1));

        var sent = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1,
            TimeSpan.FromSeconds(40), "the reminder fires at its due time, long before the next poll");
        var createdAt = DateTimeOffset.Parse((string)sent[0]!["createdAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(createdAt >= start.AddMilliseconds(-50), $"sent at {createdAt:O}, before its due time {start:O}");
        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM messages"));
    }

    public void Dispose()
    {
        _workflow.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTimerDueWakeTests(SqliteDatabase database) : TimerDueWakeTests(database), IClassFixture<SqliteDatabase>;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresTimerDueWakeTests(PostgresFixture fixture) : TimerDueWakeTests(new PostgresDatabase(fixture));
