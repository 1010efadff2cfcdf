using Hub.Load.Measurement;
using Hub.Load.Report;
using Hub.Load.Sink;

namespace Hub.Load.HubPhases;

/// <summary>
/// Hub with its workers on, delivering the order-confirmation SMS to the sink: the end-to-end maximum (closed loop,
/// the backlog drained), then the open model at half that rate for webhook→sink latency, then idle, then the optional
/// soak. Without a webhook provider in Hub the end-to-end phases are reported as not run, and idle still runs.
/// </summary>
internal static class EndToEndRun
{
    public static async Task RunAsync(HubSession session, RunReport report, SinkServer sink, bool idle)
    {
        var options = session.Options;
        var label = session.Hub.Label;
        var refused = await SinkConfiguration.ApplyAsync(session.Hub.Client.Admin, sink);
        if (refused is not null)
        {
            report.Problem($"{label}: end to end not measured, Hub could not be pointed at the sink: {refused}");
        }
        else
        {
            var max = await PhaseAsync(session, report, sink, "e2e-max", $"{label}: webhook → sink (max)", null);
            report.HubEndToEndMax[label] = max;
            if (max.DeliveredPerSecond <= 0)
            {
                report.Problem($"{label}: no message reached the sink, so there is no end-to-end rate to halve");
                return;
            }
            var half = await PhaseAsync(session, report, sink, "e2e-half", $"{label}: webhook → sink (half of max)", max.DeliveredPerSecond / 2);
            report.HubEndToEndHalf[label] = half;
            if (options.Long > TimeSpan.Zero)
            {
                await PhaseAsync(session, report, sink, "long", $"{label}: webhook → sink, long run at half of max", max.DeliveredPerSecond / 2, options.Long);
            }
        }

        if (idle)
        {
            session.Rss.Phase = "idle";
            var before = await session.SnapshotAsync();
            await Task.Delay(options.Idle);
            var after = await session.SnapshotAsync(settle: false);
            if (before is not null && after is not null)
            {
                report.Idle = Database.PgCost.Between($"{label}: idle", 0, before, after);
                report.Add(report.Idle);
            }
        }
        session.Rss.Phase = "accounting";
        await session.AccountAsync();
    }

    private static async Task<EndToEndResult> PhaseAsync(HubSession session, RunReport report, SinkServer sink,
        string phase, string name, double? rate, TimeSpan? duration = null)
    {
        var options = session.Options;
        var traffic = await session.TrafficAsync(phase);
        sink.Reset();
        var arrivals = sink.Arrivals;
        session.Rss.Phase = phase;
        var before = await session.SnapshotAsync();
        var load = rate is { } r
            ? await OpenLoop.RunAsync(name, r, options.Warmup, duration ?? options.Duration, traffic.PostAsync)
            : await ClosedLoop.RunAsync(name, options.Connections, options.Warmup, options.Duration, traffic.PostAsync);
        session.Record(load, traffic, arrivals);
        var drain = await EndToEnd.DrainAsync(traffic, arrivals, options.DrainQuiet);
        var result = EndToEnd.Measure(load, traffic, arrivals, drain);
        report.Add(result);
        var after = await session.SnapshotAsync();
        session.Cost(name, traffic.Acknowledged.Count, before, after);
        if (phase == "e2e-max" && after is not null && before is not null)
        {
            report.HubEndToEndCost[session.Hub.Label] = Database.PgCost.Between(name, traffic.Acknowledged.Count, before, after);
        }
        return result;
    }
}
