namespace Hub.TimerBench;

/// <summary>
/// Timers due at one instant fired by a running Hub, in round <see cref="Round"/>. Lags are from the due instant to each reminder being composed
/// (the timer's job ran the workflow on to its send step); <see cref="StoredBeforeDueMs"/> is how long before the due
/// instant the bench had committed them (negative would mean after, which would make the lags look smaller).
/// </summary>
internal sealed record BurstResult(
    int Round,
    int Timers,
    double StoredBeforeDueMs,
    int Fired,
    double FirstLagMs,
    double MedianLagMs,
    double LastLagMs,
    int Sent,
    double LastSentLagMs,
    double DrainedAfterMs,
    long Commits,
    double HubCpuMsPerTimer,
    double LoadAverage)
{
    /// <summary>Database transactions per timer: its run, its message's delivery, and the claims, as one batch shares them.</summary>
    public double CommitsPerTimer => Timers == 0 ? double.NaN : (double)Commits / Timers;

    /// <summary>Timers fired per second from the first to the last one fired.</summary>
    public double FiredPerSecond => Fired > 1 && LastLagMs > FirstLagMs ? (Fired - 1) / ((LastLagMs - FirstLagMs) / 1000) : double.NaN;

    /// <summary>Timers fired per second counted from the due instant (includes the wait for the next poll).</summary>
    public double FiredPerSecondFromDue => LastLagMs > 0 ? Fired / (LastLagMs / 1000) : double.NaN;
}
