namespace Hub.TimerBench;

/// <summary>Everything measured on one database with <see cref="ClaimResult.PendingTimers"/> far-future timers waiting.</summary>
internal sealed record ScaleResult(ClaimResult Claim, IReadOnlyList<FlowResult> Flows, IReadOnlyList<BurstResult> Bursts, long PendingAfter);
