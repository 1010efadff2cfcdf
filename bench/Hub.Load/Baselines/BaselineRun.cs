using Hub.IntegrationTests.Infrastructure;
using Hub.Load.Database;
using Hub.Load.Measurement;
using Hub.Load.Report;
using Hub.Load.Sink;

namespace Hub.Load.Baselines;

/// <summary>The floors Hub is compared with, measured in the same run, with the same connections and durations.</summary>
internal static class BaselineRun
{
    public static async Task RunHttpAsync(RunReport report, SinkServer sink)
    {
        var options = report.Options;
        using (var empty = await EmptyKestrelProcess.StartAsync())
        using (var http = HttpOperation.Client(empty.BaseAddress, options.Connections))
        {
            report.EmptyKestrel = await ClosedLoop.RunAsync("empty Kestrel POST (separate process)", options.Connections, options.Warmup, options.Duration,
                async _ => (await HttpOperation.SendAsync(http, new HttpRequestMessage(HttpMethod.Post, "/"))).Outcome);
            report.Add(report.EmptyKestrel);
        }

        using (var http = HttpOperation.Client(sink.Url, options.Connections))
        {
            var traffic = new SinkAloneTraffic(http, sink);
            report.SinkAlone = await ClosedLoop.RunAsync("sink alone (load tool to its own sink)", options.Connections, options.Warmup, options.Duration, traffic.PostAsync);
            report.Add(report.SinkAlone);
            if (sink.Arrivals.BadSignatures > 0)
            {
                report.Problem($"the sink rejected {sink.Arrivals.BadSignatures} of its own signatures");
            }
            sink.Reset();
        }
    }

    public static async Task RunPostgresAsync(RunReport report, PostgresCluster cluster, PgStats stats)
    {
        var baseline = new PostgresInsertBaseline(await cluster.CreateDatabaseAsync("baseline"), stats, report.Options);
        var (single, singleCost) = await baseline.SingleRowAsync();
        report.PostgresInsert = single;
        report.Add(single);
        report.Add(singleCost);
        var (batch, batchCost) = await baseline.BatchedAsync();
        report.PostgresBatch = batch;
        report.Add(batch);
        report.Add(batchCost);
    }

    public static async Task RunSqliteAsync(RunReport report, DirectoryInfo directory)
    {
        using var baseline = new SqliteInsertBaseline(Path.Combine(directory.FullName, "baseline.db"), report.Options);
        report.SqliteInsert = await baseline.SingleRowAsync();
        report.SqliteSettings = baseline.Settings;
        report.Add(report.SqliteInsert);
    }
}
