using System.Diagnostics;
using Hub.Load.Measurement;
using Hub.Load.Sink;

namespace Hub.Load.HubPhases;

/// <summary>Waits for a phase's messages to reach the sink, then measures what arrived against when it was due.</summary>
internal static class EndToEnd
{
    /// <summary>
    /// Returns once every acknowledged webhook's message has arrived, or when none arrived for <paramref name="quiet"/>
    /// (the rest are then accounted as pending or dead by the ledger), or after 10 minutes at most.
    /// </summary>
    public static async Task<TimeSpan> DrainAsync(WebhookTraffic traffic, SinkArrivals arrivals, TimeSpan quiet)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = clock.Elapsed;
        var lastCount = -1L;
        while (clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            var arrived = traffic.Acknowledged.Keys.Count(arrivals.Contains);
            if (arrived >= traffic.Acknowledged.Count)
            {
                break;
            }
            if (arrived != lastCount)
            {
                (lastCount, lastProgress) = (arrived, clock.Elapsed);
            }
            else if (clock.Elapsed - lastProgress > quiet)
            {
                break;
            }
            await Task.Delay(250);
        }
        return clock.Elapsed;
    }

    /// <summary>
    /// Latency of the webhooks due after the warm-up. Throughput: messages that arrived from the end of the warm-up on,
    /// per second until the last arrival (with a closed loop the backlog keeps the workers saturated all along).
    /// </summary>
    public static EndToEndResult Measure(LoadResult load, WebhookTraffic traffic, SinkArrivals arrivals, TimeSpan drain)
    {
        var windowStart = load.WindowStart;
        var histogram = new LatencyHistogram();
        long delivered = 0, arrivedInWindow = 0, lastArrival = windowStart;
        foreach (var (sequence, scheduled) in traffic.Acknowledged)
        {
            if (!arrivals.TryGet(sequence, out var arrival))
            {
                continue;
            }
            delivered++;
            if (scheduled >= windowStart)
            {
                histogram.RecordTicks(arrival - scheduled);
            }
            if (arrival >= windowStart)
            {
                arrivedInWindow++;
                lastArrival = Math.Max(lastArrival, arrival);
            }
        }
        var seconds = Stopwatch.GetElapsedTime(windowStart, Math.Max(lastArrival, windowStart + 1)).TotalSeconds;
        return new EndToEndResult(load.Name, load.Model, load.TargetRate, traffic.Acknowledged.Count, delivered,
            arrivedInWindow / seconds, histogram.Summarize(), arrivals.Duplicates, arrivals.BadSignatures, drain);
    }
}
