using System.Diagnostics;
using HdrHistogram;

namespace Hub.Load.Measurement;

/// <summary>Latencies in microseconds (HdrHistogram, 3 significant digits, up to an hour), safe to record from many tasks.</summary>
internal sealed class LatencyHistogram
{
    private const long HighestMicroseconds = 3_600_000_000;
    private readonly LongConcurrentHistogram histogram = new(1, HighestMicroseconds, 3);

    public long Count => histogram.TotalCount;

    public void RecordTicks(long stopwatchTicks)
    {
        var micros = stopwatchTicks * 1_000_000 / Stopwatch.Frequency;
        histogram.RecordValue(Math.Clamp(micros, 1, HighestMicroseconds));
    }

    public LatencySummary Summarize() => Count == 0
        ? new LatencySummary(0, 0, 0, 0, 0)
        : new LatencySummary(
            Count,
            Millis(histogram.GetValueAtPercentile(50)),
            Millis(histogram.GetValueAtPercentile(95)),
            Millis(histogram.GetValueAtPercentile(99)),
            Millis(histogram.GetMaxValue()));

    private static double Millis(long micros) => micros / 1000.0;
}
