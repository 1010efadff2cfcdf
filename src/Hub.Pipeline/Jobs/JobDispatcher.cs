using System.Collections.Concurrent;
using Hub.Storage;
using Hub.Storage.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Pipeline.Jobs;

/// <summary>
/// Claims jobs in batches and runs them with bounded concurrency. Each job's effects and its completion commit in one
/// transaction, fenced by the lease version; leases are renewed while work runs and released at once on shutdown.
/// </summary>
internal sealed class JobDispatcher(
    IServiceScopeFactory scopes,
    JobSignal signal,
    DatabaseReadiness readiness,
    SqliteWriteGate writeGate,
    IOptions<DispatcherOptions> options,
    ILogger<JobDispatcher> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<long, Task> _running = new();
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
        var renewal = RenewLeasesAsync(stoppingToken);
        var slots = new SemaphoreSlim(_options.Concurrency, _options.Concurrency);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken);
                var free = slots.CurrentCount + 1;
                var claimed = await ClaimAsync(Math.Min(free, _options.BatchSize), stoppingToken);
                if (claimed.Count == 0)
                {
                    slots.Release();
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                    continue;
                }
                for (var i = 0; i < claimed.Count; i++)
                {
                    if (i > 0)
                    {
                        await slots.WaitAsync(stoppingToken);
                    }
                    var job = claimed[i];
                    _running[job.Id] = Task.Run(async () =>
                    {
                        try
                        {
                            await RunAsync(job, stoppingToken);
                        }
                        finally
                        {
                            _running.TryRemove(job.Id, out _);
                            slots.Release();
                        }
                    }, CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_running.Values.ToArray());
            await renewal;
            await ReleaseAsync();
        }
    }

    private async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            return await queue.ClaimAsync(_owner, limit, _options.Lease, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database may be down or restarting: keep polling; nothing is lost while we wait.
            logger.LogWarning("Claiming jobs failed ({Error}); retrying", ex.GetType().Name);
            return [];
        }
    }

    private async Task RunAsync(ClaimedJob job, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        if (handler is null)
        {
            await FinishAsync(job, JobOutcome.DeadLetter($"No handler for job kind '{job.Kind}'."), null, db, queue, stoppingToken);
            return;
        }

        JobOutcome outcome;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            timeout.CancelAfter(_options.JobTimeout);
            try
            {
                outcome = await handler.HandleAsync(job, db, timeout.Token);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // released with the other claims at shutdown
            }
            catch (Exception ex)
            {
                db.ChangeTracker.Clear();
                outcome = JobOutcome.RetryLater(timeout.IsCancellationRequested
                    ? $"Timed out after {_options.JobTimeout}."
                    : $"{ex.GetType().Name}: {ex.Message}");
            }
        }

        try
        {
            await FinishAsync(job, outcome, handler, db, queue, stoppingToken);
        }
        catch (StaleLeaseException)
        {
            logger.LogWarning("Job {JobId} ({Kind}) lost its lease; another worker owns it now", job.Id, job.Kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storing the effects failed (a constraint, a dropped connection): count it as a failed attempt.
            db.ChangeTracker.Clear();
            try
            {
                await FinishAsync(job, JobOutcome.RetryLater($"{ex.GetType().Name}: {ex.InnerException?.Message ?? ex.Message}"), handler, db, queue, stoppingToken);
            }
            catch (Exception inner) when (inner is not OperationCanceledException)
            {
                logger.LogWarning("Job {JobId} ({Kind}) could not be recorded as failed ({Error}); its lease will expire", job.Id, job.Kind, inner.GetType().Name);
            }
        }
    }

    private async Task FinishAsync(ClaimedJob job, JobOutcome outcome, IJobHandler? handler, HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (outcome.Kind == JobOutcomeKind.Completed)
        {
            await db.SaveChangesAsync(cancellationToken);
            await queue.CompleteAsync(job, cancellationToken);
        }
        else
        {
            var error = outcome.Error ?? "Failed.";
            var dead = await queue.FailAsync(job, error, permanent: outcome.Kind == JobOutcomeKind.DeadLetter, cancellationToken);
            if (dead && handler is not null)
            {
                await handler.OnDeadLetteredAsync(job, error, db, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (dead)
            {
                logger.LogWarning("Job {JobId} ({Kind}) dead-lettered after {Attempts} attempts", job.Id, job.Kind, job.Attempts);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        if (db.ChangeTracker.Entries<Hub.Storage.Entities.Job>().Any())
        {
            signal.Notify(); // the handler queued follow-up work
        }
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
