namespace Hub.Load.Measurement;

/// <summary>
/// What one load phase did. <see cref="Sent"/> counts every request including the warm-up, and must equal
/// <see cref="Expected"/> + <see cref="OtherStatus"/> + <see cref="TransportErrors"/>; latency and throughput cover
/// only the requests due after the warm-up.
/// </summary>
internal sealed record LoadResult(
    string Name,
    string Model,
    double? TargetRate,
    long Sent,
    long Expected,
    long OtherStatus,
    long TransportErrors,
    double AchievedPerSecond,
    LatencySummary Latency)
{
    public bool Balances => Sent == Expected + OtherStatus + TransportErrors;

    /// <summary>Rows (or events) per second when one request carries several, e.g. a batched INSERT.</summary>
    public int ItemsPerRequest { get; init; } = 1;

    public double ItemsPerSecond => AchievedPerSecond * ItemsPerRequest;

    /// <summary>When the measured window began (Stopwatch ticks): requests due before it were warm-up.</summary>
    public long WindowStart { get; init; }
}
