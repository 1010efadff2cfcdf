namespace Hub.TimerBench;

/// <param name="ClaimLoadAverage">The machine's one-minute load average around the claim rounds.</param>
internal sealed record TimerBenchResult(IReadOnlyList<ScaleResult> Scales, IReadOnlyList<InsertBaselineResult> Baselines, double ClaimLoadAverage);
