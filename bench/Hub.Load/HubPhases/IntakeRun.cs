using Hub.Load.Measurement;
using Hub.Load.Report;

namespace Hub.Load.HubPhases;

/// <summary>
/// Hub with its workers off: the reject path (bad signature → 401), then intake (verify, dedupe insert, 202) at its
/// maximum with a closed loop and at half that rate with the open model.
/// </summary>
internal static class IntakeRun
{
    public static async Task RunAsync(HubSession session, RunReport report, bool reject)
    {
        var options = session.Options;
        var label = session.Hub.Label;
        var rejects = reject ? await session.TrafficAsync("reject") : null;
        var ingestMax = await session.TrafficAsync("ingest-max");
        var ingestHalf = await session.TrafficAsync("ingest-half");

        var before = await session.SnapshotAsync();
        if (rejects is not null)
        {
            session.Rss.Phase = "reject";
            var cpu = session.CpuNow();
            var load = await ClosedLoop.RunAsync($"{label}: bad signature → 401", options.Connections, options.Warmup, options.Duration, rejects.PostBadSignatureAsync);
            session.Cpu(load, cpu);
            session.Record(load, rejects, null, reject: true);
            report.HubReject[label] = load;
            var afterReject = await session.SnapshotAsync();
            session.Cost(load.Name, load.Sent, before, afterReject);
            before = afterReject;
        }

        session.Rss.Phase = "ingest";
        var cpuMax = session.CpuNow();
        var max = await ClosedLoop.RunAsync($"{label}: intake, workers off (max)", options.Connections, options.Warmup, options.Duration, ingestMax.PostAsync);
        session.Cpu(max, cpuMax);
        session.Record(max, ingestMax, null);
        report.HubIngest[label] = max;
        if (max.AchievedPerSecond <= 0)
        {
            report.Problem($"{label}: intake acknowledged nothing");
            await session.AccountAsync();
            return;
        }
        var cpuHalf = session.CpuNow();
        var half = await OpenLoop.RunAsync($"{label}: intake, workers off (half of max)", max.AchievedPerSecond / 2, options.Warmup, options.Duration, ingestHalf.PostAsync);
        session.Cpu(half, cpuHalf);
        session.Record(half, ingestHalf, null);
        var after = await session.SnapshotAsync();
        session.Cost($"{label}: intake, workers off (max and half)", max.Expected + half.Expected, before, after);

        session.Rss.Phase = "accounting";
        await session.AccountAsync();
    }
}
