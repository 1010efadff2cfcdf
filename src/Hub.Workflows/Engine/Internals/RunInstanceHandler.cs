using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Runs an instance: one that is ready (new, resumed by an event, retried), or one whose timer fell due. A timer
/// left behind by a wait that already ended (the event came first, or the instance was cancelled) finds the instance
/// no longer waiting for it and does nothing, so each wait ends exactly once.
/// </summary>
internal sealed class RunInstanceHandler(WorkflowVersions versions, WorkflowRunner runner, JobQueue queue, TimeProvider time) : IJobHandler
{
    /// <summary>A timer claimed a hair before its due time (clock steps between nodes) still counts as due.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(50);

    public string Kind => WorkflowRunner.RunJobKind;

    public async Task PrefetchAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        var ids = jobs.Select(j => Guid.Parse(j.SubjectId)).ToList();
        var instances = await db.WorkflowInstances.Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var eventIds = instances.Select(i => i.EventId).Distinct().ToList();
        await db.Events.Where(e => eventIds.Contains(e.Id)).LoadAsync(cancellationToken);
    }

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.FindAsync([Guid.Parse(job.SubjectId)], cancellationToken);
        if (instance is null)
        {
            return JobOutcome.Completed; // deleted meanwhile: nothing to run
        }
        var now = time.GetUtcNow();
        var due = instance.Status == WorkflowInstanceStatus.Waiting && instance.WakeAt is { } wakeAt && wakeAt <= now + Tolerance;
        if (instance.Status != WorkflowInstanceStatus.Running && !due)
        {
            return JobOutcome.Completed; // a stale timer, or a second run job for work already done
        }
        if (instance.Status == WorkflowInstanceStatus.Running && instance.WakeAt > now + Tolerance)
        {
            return JobOutcome.Completed; // a failed step waits for its backoff; the run job due then tries it
        }
        var set = await versions.ForWorkspaceAsync(db.WorkspaceId, cancellationToken);
        if (set.FindVersion(instance.WorkflowId, instance.WorkflowVersion) is not { } workflow)
        {
            InstanceTransitions.Fault(db, instance, $"Version {instance.WorkflowVersion} of workflow '{instance.WorkflowId}' is not stored.", now);
            return JobOutcome.Completed;
        }
        var record = await db.Events.FindAsync([instance.EventId], cancellationToken);
        if (record is null)
        {
            InstanceTransitions.Fault(db, instance, $"Its trigger event {instance.EventId} no longer exists.", now);
            return JobOutcome.Completed;
        }
        if (due)
        {
            WorkflowRunner.Wake(instance, workflow, db, now);
        }
        await runner.RunAsync(instance, workflow, record.ToCanonical(), db, now, cancellationToken);
        return JobOutcome.Completed;
    }

    public async Task<JobOutcome> OnFailedAsync(ClaimedJob job, Exception exception, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        if (exception is not StepFailedException { Step: not null } failure)
        {
            return JobOutcome.RetryLater(error); // not a step (storage, a digest's collector not visible yet): the queue retries
        }
        var instance = await db.WorkflowInstances.FindAsync([Guid.Parse(job.SubjectId)], cancellationToken);
        if (instance is not null && InstanceTransitions.IsActive(instance))
        {
            StepFailures.Record(db, queue, instance, failure, time.GetUtcNow());
        }
        return JobOutcome.Completed;
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (instance is not null && InstanceTransitions.IsActive(instance))
        {
            InstanceTransitions.Fault(db, instance, error, time.GetUtcNow());
        }
    }
}
