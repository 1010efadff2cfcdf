using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Workflows.Engine.Internals;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine;

/// <summary>
/// What an operator does to one instance: cancel it, or retry it after a fault. Both write with the instance's
/// revision, so a timer or an event that moved the instance meanwhile wins and the command looks again, rather than
/// both outcomes being applied.
/// </summary>
public sealed class WorkflowInstances(HubDbContext db, WorkflowVersions versions, JobQueue queue, JobSignal signal, TimeProvider time)
{
    private const int Attempts = 3;

    /// <summary>Ends a running or waiting instance; a leftover timer then finds it no longer waiting and does nothing.</summary>
    public Task<InstanceCommandResult> CancelAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(id, instance =>
        {
            if (!InstanceTransitions.IsActive(instance))
            {
                return $"it is {Describe(instance.Status)}; only running or waiting instances can be cancelled";
            }
            InstanceTransitions.Cancel(db, instance, reason, time.GetUtcNow());
            return null;
        }, cancellationToken);

    /// <summary>
    /// Resumes a faulted instance at the step that failed, on the published version when that version has a step with
    /// the same id (the usual fix), and queues its run.
    /// </summary>
    public async Task<InstanceCommandResult> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var set = await versions.ForWorkspaceAsync(db.WorkspaceId, cancellationToken);
        var result = await ApplyAsync(id, instance =>
        {
            if (instance.Status != WorkflowInstanceStatus.Faulted)
            {
                return $"it is {Describe(instance.Status)}; only faulted instances can be retried";
            }
            InstanceRetry.Prepare(db, instance, set.FindPublished(instance.WorkflowId), time.GetUtcNow());
            queue.Enqueue(WorkflowRunner.RunJobKind, instance.Id.ToString());
            return null;
        }, cancellationToken);
        if (result.Outcome == InstanceCommandOutcome.Done)
        {
            signal.Notify();
        }
        return result;
    }

    /// <param name="change">Changes the instance and returns null, or returns why it cannot.</param>
    private async Task<InstanceCommandResult> ApplyAsync(Guid id, Func<WorkflowInstance, string?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (instance is null)
            {
                return new InstanceCommandResult(InstanceCommandOutcome.NotFound, null);
            }
            if (change(instance) is { } refusal)
            {
                return new InstanceCommandResult(InstanceCommandOutcome.Conflict, instance, refusal);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new InstanceCommandResult(InstanceCommandOutcome.Done, instance);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // A run of the instance committed first: read what it did and judge again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string Describe(WorkflowInstanceStatus status) => status.ToString().ToLowerInvariant();
}
