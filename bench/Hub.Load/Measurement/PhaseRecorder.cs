using System.Diagnostics;

namespace Hub.Load.Measurement;

/// <summary>Counts every outcome of a phase and records the latencies of the requests due inside the measured window.</summary>
internal sealed class PhaseRecorder(long windowStart)
{
    private readonly LatencyHistogram histogram = new();
    private long sent;
    private long expected;
    private long otherStatus;
    private long transportErrors;
    private long measuredExpected;
    private long lastCompletion;

    public async Task RunAsync(LoadOperation operation, long scheduled)
    {
        Interlocked.Increment(ref sent);
        Outcome outcome;
        try
        {
            outcome = await operation(scheduled);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or TimeoutException or System.Data.Common.DbException)
        {
            outcome = Outcome.TransportError;
        }
        var completed = Stopwatch.GetTimestamp();
        switch (outcome)
        {
            case Outcome.Expected:
                Interlocked.Increment(ref expected);
                break;
            case Outcome.OtherStatus:
                Interlocked.Increment(ref otherStatus);
                break;
            default:
                Interlocked.Increment(ref transportErrors);
                break;
        }
        if (scheduled < windowStart)
        {
            return;
        }
        histogram.RecordTicks(completed - scheduled);
        if (outcome == Outcome.Expected)
        {
            Interlocked.Increment(ref measuredExpected);
        }
        long seen;
        while ((seen = Interlocked.Read(ref lastCompletion)) < completed
               && Interlocked.CompareExchange(ref lastCompletion, completed, seen) != seen)
        {
        }
    }

    /// <summary>Expected answers per second, from the window's start to the last measured completion.</summary>
    public LoadResult Result(string name, string model, double? targetRate)
    {
        var elapsed = Stopwatch.GetElapsedTime(windowStart, Math.Max(lastCompletion, windowStart + 1));
        return new LoadResult(name, model, targetRate, sent, expected, otherStatus, transportErrors,
            measuredExpected / elapsed.TotalSeconds, histogram.Summarize())
        {
            WindowStart = windowStart,
        };
    }
}
