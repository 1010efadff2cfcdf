namespace Hub.TimerBench;

/// <summary>
/// Everything measured on one database with <see cref="ClaimResult.PendingTimers"/> far-future timers waiting, and the
/// machine's load average when its Hub phases ended.
/// </summary>
internal sealed record ScaleResult(ClaimResult Claim, FlowResult Flow, BurstResult Burst, long PendingAfter, double LoadAverage);
