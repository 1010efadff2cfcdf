using Hub.Storage;
using Hub.Storage.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Runtime.Jobs;

/// <summary>
/// Runs claimed jobs. Jobs of one workspace run together on one context, and their effects, completions and failures
/// commit in one transaction (on PostgreSQL their reads happen inside it too), so that a burst costs a few commits
/// instead of several per job. If any job of a batch throws or the batch cannot commit, it is rolled back and every job
/// runs again on its own, so one bad job never holds back the others. Kinds that act outside the database run alone,
/// or, when their handler is an <see cref="IJobEffectHandler"/>, in batches whose effects are performed once and then
/// recorded together, or one by one when that fails.
/// Public so that the workflow simulator runs claimed jobs exactly as the dispatcher does.
/// </summary>
public sealed class JobBatchRunner(IServiceScopeFactory scopes, JobSignal signal, SqliteWriteGate writeGate, ILogger<JobBatchRunner> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool RunsAlone, bool PerformsEffects)> _kinds = new(StringComparer.Ordinal);

    public async Task RunAsync(IReadOnlyList<ClaimedJob> jobs, TimeSpan timeout, CancellationToken stoppingToken)
    {
        foreach (var workspace in jobs.GroupBy(j => j.WorkspaceId, StringComparer.Ordinal))
        {
            var batch = workspace.Where(j => !RunsAlone(j.Kind)).ToList();
            if (batch.Count <= 1 || !await TryRunAsync(batch, together: true, timeout, stoppingToken))
            {
                foreach (var job in batch)
                {
                    await TryRunAsync([job], together: false, timeout, stoppingToken);
                }
            }
            foreach (var kind in workspace.Where(j => RunsAlone(j.Kind)).GroupBy(j => j.Kind, StringComparer.Ordinal))
            {
                if (kind.Count() > 1 && KindOf(kind.Key).PerformsEffects)
                {
                    await RunEffectsAsync([.. kind], timeout, stoppingToken);
                    continue;
                }
                foreach (var job in kind)
                {
                    await TryRunAsync([job], together: false, timeout, stoppingToken);
                }
            }
        }
    }

    private bool RunsAlone(string kind) => KindOf(kind).RunsAlone;

    /// <summary>Whether the kind's handler says its jobs must commit one by one, and whether it can perform their effects in batches (asked once per kind).</summary>
    private (bool RunsAlone, bool PerformsEffects) KindOf(string kind) => _kinds.GetOrAdd(kind, k =>
    {
        using var scope = scopes.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == k);
        return (handler?.RunsAlone ?? false, handler is IJobEffectHandler);
    });

    /// <summary>
    /// Performs a batch's effects once, side by side, then records them in one commit; when that fails, records each
    /// effect alone on a fresh context instead of performing it again. Effects are performed outside any transaction,
    /// so none is held open while providers answer.
    /// </summary>
    private async Task RunEffectsAsync(IReadOnlyList<ClaimedJob> jobs, TimeSpan timeout, CancellationToken stoppingToken)
    {
        IReadOnlyList<JobEffect>? effects = null;
        IJobEffectHandler? handler = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            services.GetRequiredService<WorkspaceScope>().Enter(jobs[0].WorkspaceId);
            var db = services.GetRequiredService<HubDbContext>();
            handler = services.GetServices<IJobHandler>().OfType<IJobEffectHandler>().First(h => h.Kind == jobs[0].Kind);
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                deadline.CancelAfter(timeout);
                await handler.PrefetchAsync(jobs, db, deadline.Token);
                effects = await handler.PerformAsync(jobs, db, deadline.Token);
            }
            var queue = services.GetRequiredService<JobQueue>();
            var outcomes = new List<(ClaimedJob Job, JobOutcome Outcome, IJobHandler? Handler)>(effects.Count);
            foreach (var effect in effects)
            {
                outcomes.Add((effect.Job, await effect.RecordAsync(db, queue, stoppingToken), handler));
            }
            await FinishAsync(outcomes, db, queue, null, stoppingToken);
            return;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return; // released with the other claims at shutdown; an effect performed is counted as a lost attempt on the next run
        }
        catch (Exception) when (effects is null)
        {
            // Nothing was performed: each job runs alone, as any failed batch does.
            foreach (var job in jobs)
            {
                await TryRunAsync([job], together: false, timeout, stoppingToken);
            }
            return;
        }
        catch (Exception)
        {
            // Performed, but not recorded together (a job's lease was lost, its subject changed, the commit failed).
        }
        foreach (var effect in effects ?? [])
        {
            await RecordAloneAsync(effect, handler, stoppingToken);
        }
    }

    private async Task RecordAloneAsync(JobEffect effect, IJobHandler? handler, CancellationToken stoppingToken)
    {
        const int Attempts = 2;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                services.GetRequiredService<WorkspaceScope>().Enter(effect.Job.WorkspaceId);
                var db = services.GetRequiredService<HubDbContext>();
                var queue = services.GetRequiredService<JobQueue>();
                var outcome = await effect.RecordAsync(db, queue, stoppingToken);
                await FinishAsync([(effect.Job, outcome, handler)], db, queue, null, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (StaleLeaseException)
            {
                logger.LogWarning("Job {JobId} ({Kind}) lost its lease; another worker owns it now", effect.Job.Id, effect.Job.Kind);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Its subject changed meanwhile: record the effect again on what is there now, never perform it again.
            }
            catch (Exception ex)
            {
                await RecordFailureAsync(effect.Job, handler, Describe(ex), stoppingToken);
                return;
            }
        }
    }

    /// <summary>False when a batch run together must be run job by job instead.</summary>
    private async Task<bool> TryRunAsync(IReadOnlyList<ClaimedJob> jobs, bool together, TimeSpan timeout, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<WorkspaceScope>().Enter(jobs[0].WorkspaceId);
        var db = services.GetRequiredService<HubDbContext>();
        var queue = services.GetRequiredService<JobQueue>();
        var handlers = services.GetServices<IJobHandler>().ToDictionary(h => h.Kind, StringComparer.Ordinal);
        IDbContextTransaction? transaction = null;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            deadline.CancelAfter(timeout);
            if (!db.IsSqlite)
            {
                // One transaction for the reads and the writes: a batch is one commit however many queries it takes.
                transaction = await db.Database.BeginTransactionAsync(deadline.Token);
            }
            foreach (var kind in jobs.GroupBy(j => j.Kind, StringComparer.Ordinal))
            {
                if (kind.Count() > 1 && handlers.TryGetValue(kind.Key, out var prefetching))
                {
                    await prefetching.PrefetchAsync([.. kind], db, deadline.Token);
                }
            }
            var outcomes = new List<(ClaimedJob Job, JobOutcome Outcome, IJobHandler? Handler)>(jobs.Count);
            foreach (var job in jobs)
            {
                if (!handlers.TryGetValue(job.Kind, out var handler))
                {
                    outcomes.Add((job, JobOutcome.DeadLetter($"No handler for job kind '{job.Kind}'."), null));
                    continue;
                }
                try
                {
                    outcomes.Add((job, await handler.HandleAsync(job, db, deadline.Token), handler));
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return true; // released with the other claims at shutdown
                }
                catch (Exception ex) when (!together)
                {
                    db.ChangeTracker.Clear();
                    var error = deadline.IsCancellationRequested ? $"Timed out after {timeout}." : Describe(ex);
                    outcomes.Add((job, await handler.OnFailedAsync(job, ex, error, db, stoppingToken), handler));
                }
            }
            await FinishAsync(outcomes, db, queue, transaction, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return true;
        }
        catch (Exception) when (together)
        {
            return false;
        }
        catch (StaleLeaseException)
        {
            logger.LogWarning("Job {JobId} ({Kind}) lost its lease; another worker owns it now", jobs[0].Id, jobs[0].Kind);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Its subject changed under it (a cancel committed while a timer ran): not a failure, run it again now.
            await RecordConflictAsync(jobs[0], Describe(ex), stoppingToken);
            return true;
        }
        catch (Exception ex)
        {
            // Storing the effects failed (a constraint, a dropped connection): count it as a failed attempt.
            await RecordFailureAsync(jobs[0], handlers.GetValueOrDefault(jobs[0].Kind), Describe(ex), stoppingToken);
            return true;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private async Task FinishAsync(List<(ClaimedJob Job, JobOutcome Outcome, IJobHandler? Handler)> outcomes,
        HubDbContext db, JobQueue queue, IDbContextTransaction? transaction, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(db, cancellationToken);
        transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await queue.CompleteAsync([.. outcomes.Where(o => o.Outcome.Kind == JobOutcomeKind.Completed).Select(o => o.Job)], cancellationToken);
            foreach (var (job, outcome, _) in outcomes.Where(o => o.Outcome.Kind == JobOutcomeKind.Postponed))
            {
                await queue.PostponeAsync(job, outcome.Error ?? "Postponed.", outcome.NotBefore ?? DateTimeOffset.UtcNow, cancellationToken);
            }
            foreach (var (job, outcome, handler) in outcomes.Where(o => o.Outcome.Kind is JobOutcomeKind.RetryLater or JobOutcomeKind.DeadLetter))
            {
                var error = outcome.Error ?? "Failed.";
                if (await queue.FailAsync(job, error, permanent: outcome.Kind == JobOutcomeKind.DeadLetter, outcome.NotBefore, cancellationToken))
                {
                    if (handler is not null)
                    {
                        await handler.OnDeadLetteredAsync(job, error, db, cancellationToken);
                    }
                    logger.LogWarning("Job {JobId} ({Kind}) dead-lettered after {Attempts} attempts", job.Id, job.Kind, job.Attempts);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            var lanes = db.ChangeTracker.Entries<Job>().Select(e => e.Entity.Lane).Distinct(StringComparer.Ordinal).ToList();
            await transaction.CommitAsync(cancellationToken);
            foreach (var lane in lanes)
            {
                signal.Notify(lane); // the handlers queued follow-up work
            }
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    private async Task RecordConflictAsync(ClaimedJob job, string error, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobQueue>().RetryConflictAsync(job, error, cancellationToken);
            logger.LogDebug("Job {JobId} ({Kind}) met a concurrent change of its subject; running it again", job.Id, job.Kind);
            signal.NotifyAll();
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            logger.LogWarning("Job {JobId} ({Kind}) could not be put back after a write conflict ({Error}); its lease will expire", job.Id, job.Kind, inner.GetType().Name);
        }
    }

    private async Task RecordFailureAsync(ClaimedJob job, IJobHandler? handler, string error, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(job.WorkspaceId);
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            await FinishAsync([(job, JobOutcome.RetryLater(error), handler)], db, queue, null, cancellationToken);
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            logger.LogWarning("Job {JobId} ({Kind}) could not be recorded as failed ({Error}); its lease will expire", job.Id, job.Kind, inner.GetType().Name);
        }
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.InnerException?.Message ?? ex.Message}";
}
