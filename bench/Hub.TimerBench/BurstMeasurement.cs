using System.Diagnostics;

namespace Hub.TimerBench;

/// <summary>
/// A burst: <c>N</c> waiting appointment-reminder instances whose timers all fall due at the same instant a few
/// seconds ahead, stored while Hub runs (as bookings made long ago would be), then fired by Hub's own dispatcher.
/// Nothing tells Hub they are there: it finds them by polling, as it finds every timer that comes due.
/// </summary>
internal static class BurstMeasurement
{

    /// <summary>Enough for 10,000 timers to be copied and committed before they are due.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    /// <summary>PostgreSQL flushes an idle backend's statistics up to 10 s late; waiting this long makes the commit count whole.</summary>
    private static readonly TimeSpan StatisticsSettle = TimeSpan.FromSeconds(11);

    public static async Task<BurstResult> RunAsync(TimerHub hub, TimerDatabase database, TimerSeed seed, int timers, int round)
    {
        var prefix = $"burst{round}";
        await Task.Delay(StatisticsSettle);
        var commitsBefore = await database.CommitsAsync();
        var cpuBefore = ProcessCpu.Of(hub.Process.ProcessId);
        // A random phase against Hub's 1 s poll: otherwise the bench's own waits, which start when it saw the last
        // reminder fire (right after a poll), would put the due instant just after a poll every time, the worst case.
        var due = DateTimeOffset.UtcNow + Ahead + TimeSpan.FromMilliseconds(Random.Shared.Next(1000));
        await database.CopyTimersAsync(seed, prefix, timers, due, TimeSpan.Zero, withEvents: true);
        var storedBeforeDue = (due - DateTimeOffset.UtcNow).TotalMilliseconds;
        Console.WriteLine($"  burst: {timers:N0} timers due at {due:HH:mm:ss.fff} stored {storedBeforeDue:F0} ms before it");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            if (DateTimeOffset.UtcNow > due && await database.DueWorkAsync() == 0)
            {
                break; // every timer ran and every message it composed was handed to its provider
            }
        }
        var drained = DateTimeOffset.UtcNow;
        var hubCpu = ProcessCpu.Of(hub.Process.ProcessId) - cpuBefore;
        await Task.Delay(StatisticsSettle);
        // The bench's own statements in between (the copy, the polls above, these reads) are counted too: a few dozen.
        var commits = await database.CommitsAsync() - commitsBefore;
        var (composed, sent) = await database.RemindersAsync(prefix);
        var lags = composed.Select(c => (c - due).TotalMilliseconds).ToList();
        return new BurstResult(
            round,
            timers,
            storedBeforeDue,
            composed.Count,
            lags.Count == 0 ? double.NaN : lags.Min(),
            Percentiles.Of(lags, 0.5),
            lags.Count == 0 ? double.NaN : lags.Max(),
            sent.Count,
            sent.Count == 0 ? double.NaN : sent.Max(s => (s - due).TotalMilliseconds),
            (drained - due).TotalMilliseconds,
            commits,
            hubCpu.TotalMilliseconds / timers,
            MachineLoad.Now());
    }
}
