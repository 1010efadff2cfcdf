using System.Diagnostics;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.TimerBench;

/// <summary>
/// One durable throwaway PostgreSQL cluster, one fresh database per scale. On each, a real Hub books one appointment
/// a month ahead (the seed timer) and stops; the bench copies the seed into the scale's far-future timers and into
/// due ones. Then the claim is timed in rounds alternating between the databases, the single-row INSERT baselines run,
/// and in ABBA rounds a fresh Hub on each database runs the appointment flow and then a burst, with every far-future
/// timer still waiting.
/// </summary>
internal static class TimerBenchRun
{
    /// <summary>Turns the claim measurement takes between the databases.</summary>
    private const int Rounds = 10;
    private const string ClaimPrefix = "claim";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<TimerBenchResult> RunAsync(TimerBenchOptions options)
    {
        await using var cluster = await PostgresCluster.StartAsync(durable: true);
        var databases = new List<(int Scale, TimerDatabase Database, TimerSeed Seed, TimeSpan Fill)>();
        foreach (var scale in options.Scales)
        {
            var database = new TimerDatabase(await cluster.CreateDatabaseAsync($"timers_{scale}"));
            var seed = await SeedAsync(database, scale);
            var filling = Stopwatch.StartNew();
            // The far-future timers are spread over the next 30 days starting an hour ahead, so none comes due during the run.
            await database.CopyTimersAsync(seed, "future", scale - 1, DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromDays(30), withEvents: false);
            await database.CopyTimersAsync(seed, ClaimPrefix, options.ClaimTimers, DateTimeOffset.UtcNow.AddMinutes(-2), TimeSpan.FromMinutes(1), withEvents: false);
            foreach (var table in new[] { "jobs", "workflow_instances", "events" })
            {
                await database.ExecuteAsync($"VACUUM ANALYZE {table}"); // one statement each: VACUUM runs outside any transaction
            }
            Console.WriteLine($"{scale:N0} waiting instances with their timers, and {options.ClaimTimers:N0} due ones, stored and analyzed in {filling.Elapsed.TotalSeconds:F1} s");
            databases.Add((scale, database, seed, filling.Elapsed));
        }

        var claimLoad = MachineLoad.Now();
        var claims = await ClaimInRoundsAsync(databases.Select(d => d.Database).ToList(), options);
        claimLoad = Math.Max(claimLoad, MachineLoad.Now());
        var baselines = new List<InsertBaselineResult>
        {
            await InsertBaseline.RunAsync(databases[0].Database.ConnectionString, 1),
            await InsertBaseline.RunAsync(databases[0].Database.ConnectionString, 4),
        };

        var flows = databases.Select(_ => new List<FlowResult>()).ToList();
        var bursts = databases.Select(_ => new List<BurstResult>()).ToList();
        foreach (var database in databases)
        {
            await database.Database.DeleteCopiesAsync(ClaimPrefix);
        }
        for (var round = 0; round < options.BurstRounds; round++)
        {
            var order = Enumerable.Range(0, databases.Count);
            foreach (var i in round % 2 == 0 ? order : order.Reverse())
            {
                var (scale, database, seed, _) = databases[i];
                await using var hub = await TimerHub.StartAsync(database.ConnectionString);
                // Every burst follows the same start: a fresh process, the flow's bookings, then the burst.
                var flow = await AppointmentFlowMeasurement.RunAsync(hub, database, scale, options.Bookings, round);
                flows[i].Add(flow);
                Console.WriteLine($"{scale:N0} waiting, round {round + 1}: appointment flow {flow.Reminded} of {flow.Bookings} reminded, late by p50 {Percentiles.Of(flow.ReminderLateMs, 0.5):F0} ms");
                var burst = await BurstMeasurement.RunAsync(hub, database, seed, options.Burst, round);
                bursts[i].Add(burst);
                Console.WriteLine($"{scale:N0} waiting, round {round + 1}: burst {burst.Fired:N0} fired, the last {burst.LastLagMs:F0} ms after the due instant, {burst.FiredPerSecond:F0}/s");
            }
        }
        var results = new List<ScaleResult>();
        for (var i = 0; i < databases.Count; i++)
        {
            var (scale, database, _, fill) = databases[i];
            var pending = await database.ScalarAsync("SELECT count(*) FROM jobs WHERE kind = 'workflow-run' AND status = 'Pending'");
            results.Add(new ScaleResult(new ClaimResult(scale, fill, claims[i].ClaimMs, claims[i].CompleteMs, claims[i].Plan), flows[i], bursts[i], pending));
        }
        return new TimerBenchResult(results, baselines, claimLoad);
    }

    /// <summary>A real Hub books one appointment a month ahead and stops once its instance sleeps: the timer the copies are made of.</summary>
    private static async Task<TimerSeed> SeedAsync(TimerDatabase database, int scale)
    {
        await using var hub = await TimerHub.StartAsync(database.ConnectionString);
        await AppointmentBooking.PostAsync(hub, $"SEED{scale}", "seed@example.com", DateTimeOffset.UtcNow.AddDays(30));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            // Its confirmation must be delivered too: a delivery left due would be claimed with the timers.
            if (await database.SeedAsync() is { } seed && await database.DueWorkAsync() == 0)
            {
                return seed;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        throw new TimeoutException("The seed booking did not leave an appointment-reminder instance waiting for its timer.");
    }

    private static async Task<List<(List<double> ClaimMs, List<double> CompleteMs, string Plan)>> ClaimInRoundsAsync(
        List<TimerDatabase> databases, TimerBenchOptions options)
    {
        var claimers = databases.Select(d => new TimerClaimer(d.ConnectionString, options.BatchSize)).ToList();
        try
        {
            var plans = new List<string>();
            foreach (var claimer in claimers)
            {
                plans.Add(await claimer.ExplainAsync()); // while its due timers are all there
                await claimer.RunAsync(TimerBenchOptions.WarmupClaims, timed: false);
            }
            var perRound = Math.Max(1, options.Claims / Rounds);
            for (var taken = 0; taken < options.Claims; taken += perRound)
            {
                foreach (var claimer in claimers)
                {
                    await claimer.RunAsync(Math.Min(perRound, options.Claims - taken), timed: true);
                }
            }
            return [.. claimers.Select((c, i) => (c.ClaimMs, c.CompleteMs, plans[i]))];
        }
        finally
        {
            foreach (var claimer in claimers)
            {
                await claimer.DisposeAsync();
            }
        }
    }
}
