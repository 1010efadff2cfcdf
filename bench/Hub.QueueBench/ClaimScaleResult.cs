namespace Hub.QueueBench;

internal sealed record ClaimScaleResult(string Database, int FutureJobs, int BatchSize, IReadOnlyList<double> ClaimMs, IReadOnlyList<double> CompleteMs, string Plan)
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
