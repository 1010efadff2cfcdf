using Hub.IntegrationTests.Infrastructure;
using Hub.Load.Baselines;
using Hub.Load.Database;
using Hub.Load.HubPhases;
using Hub.Load.Report;
using Hub.Load.Sink;

namespace Hub.Load;

/// <summary>
/// The whole run, in an order that keeps phases from disturbing each other: baselines first, then each Hub process
/// on its own fresh database (PostgreSQL durable, then SQLite), each stopped before the next starts.
/// </summary>
internal static class LoadRun
{
    public static async Task<RunReport> RunAsync(LoadOptions options)
    {
        var report = new RunReport(options);
        var directory = Directory.CreateTempSubdirectory("hub-load-");
        try
        {
            await using var sink = await SinkServer.StartAsync(FreePort.Get());
            if (!options.IntakeOnly)
            {
                Console.WriteLine("== baselines: HTTP");
                await BaselineRun.RunHttpAsync(report, sink);
            }

            Console.WriteLine("== PostgreSQL (durable)");
            await using (var cluster = await PostgresCluster.StartAsync(durable: true))
            {
                var stats = new PgStats(await cluster.CreateDatabaseAsync("stats"), options.Settle);
                report.PostgresSettings = await stats.DescribeServerAsync();
                Console.WriteLine(report.PostgresSettings);
                await BaselineRun.RunPostgresAsync(report, cluster, stats);

                Console.WriteLine("== Hub on PostgreSQL, workers off");
                await using (var session = new HubSession(await HubUnderTest.StartPostgresAsync(await cluster.CreateDatabaseAsync("hub_intake"), workers: false, options), report, stats))
                {
                    await IntakeRun.RunAsync(session, report, reject: true);
                }
                if (!options.IntakeOnly)
                {
                    Console.WriteLine("== Hub on PostgreSQL, workers on");
                    await using var session = new HubSession(await HubUnderTest.StartPostgresAsync(await cluster.CreateDatabaseAsync("hub_e2e"), workers: true, options), report, stats);
                    await EndToEndRun.RunAsync(session, report, sink, idle: true);
                }
            }

            if (options.Sqlite)
            {
                Console.WriteLine("== SQLite");
                await BaselineRun.RunSqliteAsync(report, directory);
                await using (var session = new HubSession(await HubUnderTest.StartSqliteAsync(Path.Combine(directory.FullName, "intake.db"), workers: false, options), report, null))
                {
                    await IntakeRun.RunAsync(session, report, reject: false);
                }
                if (!options.IntakeOnly)
                {
                    await using var session = new HubSession(await HubUnderTest.StartSqliteAsync(Path.Combine(directory.FullName, "e2e.db"), workers: true, options), report, null);
                    await EndToEndRun.RunAsync(session, report, sink, idle: false);
                }
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
        return report;
    }
}
