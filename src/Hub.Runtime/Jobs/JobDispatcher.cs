using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Runtime.Jobs;

/// <summary>
/// Claims due jobs per lane in batches and runs each batch with its effects and completions in one transaction,
/// fenced by the lease versions. Each lane has its own workers. Leases are renewed while work runs, expired leases of
/// dead workers are taken back, and this worker's claims are released at once on shutdown.
/// </summary>
internal sealed class JobDispatcher(
    IServiceScopeFactory scopes,
    JobSignal signal,
    JobBatchRunner runner,
    DatabaseReadiness readiness,
    IOptions<DispatcherOptions> options,
    TimeProvider time,
    ILogger<JobDispatcher> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<long, byte> _running = new();
    private readonly DispatcherOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }
        await readiness.WaitAsync(stoppingToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var abandoned = await scope.ServiceProvider.GetRequiredService<JobQueue>().ReleaseAbandonedAsync(stoppingToken);
            if (abandoned > 0)
            {
                logger.LogInformation("Took back {Count} jobs claimed by a process that stopped without releasing them", abandoned);
            }
        }
        logger.LogInformation("Job dispatcher {Owner} started", _owner);
        var loops = _options.Lanes.Where(l => l.Value.Concurrency > 0).Select(l => RunLaneAsync(l.Key, l.Value, stoppingToken)).ToList();
        loops.Add(RenewLeasesAsync(stoppingToken));
        loops.Add(ReclaimExpiredAsync(stoppingToken));
        await Task.WhenAll(loops);
        await ReleaseAsync();
    }

    private async Task RunLaneAsync(string lane, LaneOptions laneOptions, CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(laneOptions.Concurrency, laneOptions.Concurrency);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken);
                ClaimedBatch batch;
                try
                {
                    batch = await ClaimAsync(lane, laneOptions.BatchSize, stoppingToken);
                }
                catch
                {
                    slots.Release(); // stopping: the slot must be back for the wait below
                    throw;
                }
                var claimed = batch.Jobs;
                if (claimed.Count == 0)
                {
                    slots.Release();
                    await signal.WaitAsync(lane, UntilNextDue(batch), stoppingToken);
                    continue;
                }
                foreach (var job in claimed)
                {
                    _running[job.Id] = 0;
                }
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await runner.RunAsync(claimed, _options.JobTimeout, stoppingToken);
                    }
                    finally
                    {
                        foreach (var job in claimed)
                        {
                            _running.TryRemove(job.Id, out _);
                        }
                        slots.Release();
                    }
                }, CancellationToken.None);
                if (claimed.Count < laneOptions.BatchSize)
                {
                    // The lane was drained as of this claim: wait for new work instead of asking again (an empty claim is a transaction).
                    await signal.WaitAsync(lane, UntilNextDue(batch), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Every batch in flight holds a slot: when all slots are back, every batch has finished.
            for (var i = 0; i < laneOptions.Concurrency; i++)
            {
                await slots.WaitAsync(CancellationToken.None);
            }
        }
    }

    private async Task<ClaimedBatch> ClaimAsync(string lane, int limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            return await queue.ClaimBatchAsync(_owner, lane, limit, _options.Lease, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database may be down or restarting: keep polling; nothing is lost while we wait.
            logger.LogWarning("Claiming jobs failed ({Error}); retrying", ex.GetType().Name);
            return new ClaimedBatch([], null);
        }
    }

    /// <summary>
    /// How long an idle lane waits: until its next timer falls due when that is sooner than the poll, so a timer fires
    /// at its due time rather than up to a poll later. The poll still finds what other processes stored without a
    /// signal reaching this one, and what fell due while it was stopped.
    /// </summary>
    private TimeSpan UntilNextDue(ClaimedBatch batch)
    {
        if (batch.NextDueAt is not { } due)
        {
            return _options.PollInterval;
        }
        var wait = due - time.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait < _options.PollInterval ? wait : _options.PollInterval;
    }

    private async Task RenewLeasesAsync(CancellationToken stoppingToken)
    {
        var period = _options.Lease / 3;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(period, stoppingToken);
                var ids = _running.Keys.ToArray();
                if (ids.Length == 0)
                {
                    continue;
                }
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<JobQueue>().RenewAsync(_owner, ids, _options.Lease, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Renewing job leases failed ({Error})", ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Takes back the jobs of workers whose leases ran out, at the pace leases expire (not on every claim).</summary>
    private async Task ReclaimExpiredAsync(CancellationToken stoppingToken)
    {
        var period = _options.Lease / 2;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(period, stoppingToken);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var reclaimed = await scope.ServiceProvider.GetRequiredService<JobQueue>().ReclaimExpiredAsync(1000, stoppingToken);
                    if (reclaimed > 0)
                    {
                        logger.LogWarning("Took over {Count} jobs whose worker's lease expired", reclaimed);
                        signal.NotifyAll();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Reclaiming expired leases failed ({Error})", ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var released = await scope.ServiceProvider.GetRequiredService<JobQueue>().ReleaseAsync(_owner, timeout.Token);
            logger.LogInformation("Job dispatcher {Owner} stopped; released {Count} claims", _owner, released);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Releasing claims at shutdown failed ({Error}); they expire with their lease", ex.GetType().Name);
        }
    }
}
