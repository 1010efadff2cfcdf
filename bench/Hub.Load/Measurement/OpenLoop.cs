using System.Diagnostics;

namespace Hub.Load.Measurement;

/// <summary>
/// The open model: request i is due at start + i/rate whatever happened to the earlier ones, and its latency is
/// measured from that due time. A stalled server therefore shows up as latency of every request it held back,
/// instead of as fewer requests sent (coordinated omission).
/// </summary>
internal static class OpenLoop
{
    public static async Task<LoadResult> RunAsync(string name, double rate, TimeSpan warmup, TimeSpan duration, LoadOperation operation)
    {
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + Ticks(warmup);
        var recorder = new PhaseRecorder(windowStart);
        var count = (long)(rate * (warmup + duration).TotalSeconds);
        var ticksPerRequest = Stopwatch.Frequency / rate;
        var inFlight = new List<Task>();
        for (long i = 0; i < count;)
        {
            var now = Stopwatch.GetTimestamp();
            // Everything due by now goes out now; a late scheduler still measures from the due time.
            for (; i < count && start + (long)(i * ticksPerRequest) <= now; i++)
            {
                inFlight.Add(recorder.RunAsync(operation, start + (long)(i * ticksPerRequest)));
            }
            if (i < count)
            {
                await Task.Delay(1);
            }
        }
        await Task.WhenAll(inFlight);
        return recorder.Result(name, "open", rate);
    }

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
