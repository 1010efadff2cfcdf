using System.Diagnostics;
using System.Text;
using Hub.IntegrationTests.Infrastructure;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Storage.PostgreSql;
using Hub.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.QueueBench;

/// <summary>
/// Fills the queue with many jobs due in the future, adds the due ones, and times Hub's own claim (and fenced batch
/// completion) of due jobs: the partial index on pending jobs by (lane, run_at) must make it as fast with a million
/// waiting as with ten thousand.
/// </summary>
internal static class ClaimScaleRun
{
    public static async Task<string> RunAsync(QueueBenchOptions options)
    {
        var rows = new List<ClaimScaleResult>();
        await using var cluster = await PostgresCluster.StartAsync(durable: true);
        foreach (var scale in options.Scales)
        {
            var connectionString = await cluster.CreateDatabaseAsync($"claims_{scale}");
            var postgres = new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres(connectionString).ConfigureWarnings(IgnorePartialModel).Options;
            rows.Add(await MeasureAsync("PostgreSQL", postgres, scale, options, db => JobFill.PostgresAsync(connectionString, scale, options.DueJobs)));
        }
        var directory = Directory.CreateTempSubdirectory("hub-claims-");
        try
        {
            foreach (var scale in options.Scales)
            {
                var file = Path.Combine(directory.FullName, $"claims-{scale}.db");
                var sqlite = new DbContextOptionsBuilder<HubDbContext>()
                    .UseHubSqlite(SqliteStorage.PrepareConnectionString($"Data Source={file}", directory.FullName)).ConfigureWarnings(IgnorePartialModel).Options;
                rows.Add(await MeasureAsync("SQLite", sqlite, scale, options, db => JobFill.SqliteAsync(db, scale, options.DueJobs)));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
        return ClaimScaleReport.Render(rows, options);
    }

    /// <summary>Only the runtime's part of the model is built here, while the migrations create every module's tables.</summary>
    private static void IgnorePartialModel(WarningsConfigurationBuilder warnings) => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    private static async Task<ClaimScaleResult> MeasureAsync(string database, DbContextOptions<HubDbContext> contextOptions, int scale,
        QueueBenchOptions options, Func<HubDbContext, Task> fill)
    {
        await using (var db = new HubDbContext(contextOptions, [RuntimeRegistration.ModelPart]))
        {
            await db.Database.MigrateAsync();
            if (db.IsSqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
            var filling = Stopwatch.StartNew();
            await fill(db);
            Console.WriteLine($"{database}: {scale:N0} future + {options.DueJobs:N0} due jobs stored in {filling.Elapsed.TotalSeconds:F1} s");
            await db.Database.ExecuteSqlRawAsync(db.IsSqlite ? "ANALYZE;" : "VACUUM ANALYZE jobs;");
        }
        var plan = await ClaimPlan.ExplainAsync(contextOptions);
        var claims = new List<double>(options.Claims);
        var completes = new List<double>(options.Claims);
        await using var worker = new HubDbContext(contextOptions, [RuntimeRegistration.ModelPart]);
        var queue = new JobQueue(worker, TimeProvider.System, Options.Create(new JobQueueOptions()));
        for (var i = 0; i < options.Claims + QueueBenchOptions.WarmupClaims; i++)
        {
            var clock = Stopwatch.StartNew();
            var claimed = await queue.ClaimAsync("bench", JobLanes.Default, options.BatchSize, TimeSpan.FromMinutes(1), CancellationToken.None);
            var claimMs = clock.Elapsed.TotalMilliseconds;
            if (claimed.Count != options.BatchSize)
            {
                throw new InvalidOperationException($"Claim {i} took {claimed.Count} jobs, expected {options.BatchSize}.");
            }
            clock.Restart();
            await using (var transaction = await worker.Database.BeginTransactionAsync())
            {
                await queue.CompleteAsync(claimed, CancellationToken.None);
                await transaction.CommitAsync();
            }
            if (i >= QueueBenchOptions.WarmupClaims)
            {
                claims.Add(claimMs);
                completes.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        return new ClaimScaleResult(database, scale, options.BatchSize, claims, completes, plan);
    }
}
