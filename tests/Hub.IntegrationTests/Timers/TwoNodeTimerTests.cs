using System.Diagnostics;
using Hub.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Timers;

/// <summary>Acceptance 2: two Hub processes on one PostgreSQL with 10,000 timers due at once: each fires exactly once.</summary>
/// <remarks>On the contacts collection's server, the shorter chain: the workflows collection is the suite's longest.</remarks>
[Collection(PostgresContactsCollection.Name)]
public sealed class TwoNodeTimerTests(PostgresFixture fixture, ITestOutputHelper output) : IDisposable
{
    private const int Count = 10_000;
    private readonly ReminderWorkflow _workflow = new();

    [Fact]
    public async Task Two_processes_fire_each_of_10000_due_timers_exactly_once()
    {
        var connectionString = await fixture.CreateDatabaseAsync("two_node_timers");
        var environment = _workflow.Apply(HubEnvironment.Postgres(connectionString)).AtLowPriority();
        // No node is killed here, and a lease that runs out during a send is a send made twice by design: a lease long
        // enough that a node starved of CPU by the tests beside it keeps its claims.
        environment["Hub__Dispatcher__Lease"] = "00:00:20";
        var store = TimerStore.For(environment);
        await using var nodeA = await HubProcess.StartAsync(environment);
        await using var nodeB = await HubProcess.StartAsync(environment);
        using var a = new HubClient(nodeA.BaseAddress);

        // One booking goes through the engine; its event, instance and timer are then copied 9,999 times with keys of
        // their own (posting 10,000 bookings would take minutes on a loaded machine, and is not what is tested here).
        Assert.Empty(await ReminderWorkflow.PostAsync([a], [ReminderWorkflow.Booked(ReminderWorkflow.Key(0), DateTimeOffset.UtcNow.AddHours(1))], parallel: 1));
        await Eventually.Until(() => store.ScalarAsync("SELECT count(*) FROM workflow_instances WHERE status = 'Waiting'"),
            n => n == 1, TimeSpan.FromSeconds(30), "the seed instance waits for its timer");
        await CopySeedAsync(connectionString);
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        Assert.Equal(Count, await store.MoveTimersAsync(due));

        var clock = Stopwatch.StartNew();
        // A bound, not a speed goal: 20,000 jobs on a machine the rest of the suite is loading too (speed is measured in bench/).
        await Eventually.Until(store.BacklogAsync, b => b is { Active: 0, Jobs: 0 }, TimeSpan.FromSeconds(180), $"all {Count} timers have fired and their messages are sent");
        output.WriteLine($"{Count} timers due at once fired and delivered by two nodes {clock.Elapsed.TotalSeconds - 2:F1} s after the due time");

        var outcomes = await store.OutcomesAsync();
        Assert.Equal(Count, outcomes.Count);
        var wrong = outcomes.Where(o => !o.Value.Reminded).Select(o => $"{o.Key}: {o.Value}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} timers did not fire exactly once:\n{string.Join('\n', wrong.Take(20))}");
        // Each message went to the provider once: a second run of a timer would show as a second send request, a
        // second claim of a delivery as a second attempt.
        Assert.Equal(Count, await store.ScalarAsync("SELECT count(*) FROM send_attempts"));
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM jobs"));
        // And each instance woke once: a timer run twice would journal a second wake.
        Assert.Equal(Count, await store.ScalarAsync("SELECT count(*) FROM workflow_journal WHERE outcome = 'woke'"));
    }

    /// <summary>Copies the seed's event, instance and timer job into 9,999 more, each with its own ids and key.</summary>
    private static async Task CopySeedAsync(string connectionString)
    {
        const string sql = """
            CREATE TEMP TABLE copies AS SELECT g AS n, 'appt-' || lpad(g::text, 5, '0') AS key, 'copy-' || g AS event_id, gen_random_uuid() AS instance_id
                FROM generate_series(1, 9999) g;
            INSERT INTO events SELECT (jsonb_populate_record(NULL::events, to_jsonb(e) || jsonb_build_object('id', c.event_id))).*
                FROM events e, copies c WHERE e.type = 'appointment.booked';
            INSERT INTO workflow_instances SELECT (jsonb_populate_record(NULL::workflow_instances, to_jsonb(i)
                    || jsonb_build_object('id', c.instance_id, 'event_id', c.event_id, 'correlation_key', c.key))).*
                FROM workflow_instances i, copies c WHERE i.status = 'Waiting';
            INSERT INTO jobs SELECT (jsonb_populate_record(NULL::jobs, to_jsonb(j)
                    || jsonb_build_object('id', nextval(pg_get_serial_sequence('jobs', 'id')), 'subject_id', c.instance_id::text))).*
                FROM jobs j, copies c WHERE j.kind = 'workflow-run' AND j.status = 'Pending';
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    public void Dispose() => _workflow.Dispose();
}
