using System.Diagnostics;

namespace Hub.Load.Measurement;

/// <summary>
/// The closed model, to find the maximum: <c>concurrency</c> callers each send their next request as soon as the last
/// one is answered. Its latencies are service times (each measured from its own send); the open model gives the
/// latencies a sender at a fixed rate sees.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(string name, int concurrency, TimeSpan warmup, TimeSpan duration, LoadOperation operation)
    {
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + OpenLoop.Ticks(warmup);
        var end = windowStart + OpenLoop.Ticks(duration);
        var recorder = new PhaseRecorder(windowStart);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            long now;
            while ((now = Stopwatch.GetTimestamp()) < end)
            {
                await recorder.RunAsync(operation, now);
            }
        })));
        return recorder.Result(name, $"closed, {concurrency} in flight", null);
    }
}
