using System.Diagnostics;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Storage.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Hub.TimerBench;

/// <summary>
/// Times Hub's own <see cref="JobQueue.ClaimAsync"/> of a batch of due workflow timers, and the fenced completion of
/// the batch, while the far-future timers wait in the same lane: what the dispatcher does each time it asks for work.
/// The handler does not run here (the burst measures firing through a real Hub), so the figure is the queue's alone.
/// Claims are taken in rounds alternating between the databases, so that the machine's noise falls on every scale alike.
/// </summary>
internal sealed class TimerClaimer(string connectionString, int batchSize) : IAsyncDisposable
{
    private readonly DbContextOptions<HubDbContext> _options =
        new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres(connectionString).ConfigureWarnings(IgnorePartialModel).Options;

    private HubDbContext? _worker;
    private JobQueue? _queue;

    public List<double> ClaimMs { get; } = [];

    public List<double> CompleteMs { get; } = [];

    /// <summary>Claims and completes <paramref name="claims"/> batches; <paramref name="timed"/> false for the warm-up.</summary>
    public async Task RunAsync(int claims, bool timed)
    {
        _worker ??= new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        _queue ??= new JobQueue(_worker, TimeProvider.System, Options.Create(new JobQueueOptions()));
        for (var i = 0; i < claims; i++)
        {
            var clock = Stopwatch.StartNew();
            var claimed = await _queue.ClaimAsync("timer-bench", JobLanes.Default, batchSize, TimeSpan.FromMinutes(1), CancellationToken.None);
            var claimMs = clock.Elapsed.TotalMilliseconds;
            if (claimed.Count != batchSize || claimed.Any(j => j.Kind != "workflow-run"))
            {
                throw new InvalidOperationException($"A claim took {claimed.Count} jobs ({string.Join(", ", claimed.Select(j => j.Kind).Distinct())}), expected {batchSize} workflow timers.");
            }
            clock.Restart();
            await using (var transaction = await _worker.Database.BeginTransactionAsync())
            {
                await _queue.CompleteAsync(claimed, CancellationToken.None);
                await transaction.CommitAsync();
            }
            if (timed)
            {
                ClaimMs.Add(claimMs);
                CompleteMs.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>The database's plan for the claim's inner query, to show which index it reads.</summary>
    public async Task<string> ExplainAsync()
    {
        await using var db = new HubDbContext(_options, []);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN SELECT id FROM jobs WHERE status = 'Pending' AND lane = 'default' AND run_at <= {now} ORDER BY run_at LIMIT {batchSize} FOR UPDATE SKIP LOCKED";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0).Trim());
        }
        return lines.FirstOrDefault(l => l.Contains("Scan", StringComparison.Ordinal)) ?? string.Join(" / ", lines);
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }
    }

    /// <summary>Only the runtime's part of the model is built here, while Hub's migrations created every module's tables.</summary>
    private static void IgnorePartialModel(WarningsConfigurationBuilder warnings) => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);
}
