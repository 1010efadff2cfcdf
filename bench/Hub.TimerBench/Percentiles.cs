namespace Hub.TimerBench;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–1) of <paramref name="values"/>.</summary>
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
