namespace Hub.TimerBench;

/// <summary>The due-timer claim among <see cref="PendingTimers"/> waiting ones, per claim of a batch.</summary>
internal sealed record ClaimResult(int PendingTimers, TimeSpan Fill, IReadOnlyList<double> ClaimMs, IReadOnlyList<double> CompleteMs, string Plan);
