using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Scripting;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Internals;

/// <summary>Starts every workflow a stored event triggers and runs its steps.</summary>
internal sealed class StartWorkflowsHandler(IWorkflowCatalog workflows, WorkflowRunner runner, TimeProvider time) : IJobHandler
{
    public string Kind => EventStore.RouteJobKind;

    public async Task PrefetchAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        var ids = jobs.Select(j => j.SubjectId).ToList();
        await db.Events.Where(e => ids.Contains(e.Id)).LoadAsync(cancellationToken);
    }

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Events.FindAsync([job.SubjectId], cancellationToken);
        if (record is null)
        {
            return JobOutcome.DeadLetter($"Event {job.SubjectId} does not exist.");
        }
        // Instances are stored in the transaction that completes the event's job: an event never routed has none yet.
        var mayHaveInstances = record.Attempts > 0 || record.Status != EventStatus.Pending;
        record.Attempts = job.Attempts;
        var canonical = record.ToCanonical();
        var now = time.GetUtcNow();
        var errors = new List<string>();
        foreach (var match in workflows.Match(canonical))
        {
            if (match.Error is not null)
            {
                errors.Add($"Workflow '{match.Workflow.Id}': {match.Error}");
            }
            if (!match.IsTriggered)
            {
                continue;
            }
            var workflow = match.Workflow;
            var instance = mayHaveInstances
                ? await db.WorkflowInstances.FirstOrDefaultAsync(i => i.WorkflowId == workflow.Id && i.EventId == canonical.Id, cancellationToken)
                : null;
            if (instance is null)
            {
                instance = new WorkflowInstance
                {
                    Id = Guid.CreateVersion7(),
                    WorkflowId = workflow.Id,
                    WorkflowVersion = workflow.Version,
                    EventId = canonical.Id,
                    CorrelationKey = canonical.Subject,
                    Status = WorkflowInstanceStatus.Running,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.WorkflowInstances.Add(instance);
            }
            else if (instance.Status == WorkflowInstanceStatus.Failed)
            {
                Resume(instance, workflow);
            }
            else
            {
                continue; // this event already started this workflow
            }
            try
            {
                await runner.RunAsync(instance, workflow, canonical, cancellationToken);
            }
            catch (Exception ex) when (ex is ScriptException or SendRequestException)
            {
                // The definition or template is wrong for this event: retrying cannot help until an analyst fixes it.
                // The instance stays at the failing step; a retry of the event resumes it there.
                instance.Status = WorkflowInstanceStatus.Failed;
                instance.LastError = ex.Message;
                instance.UpdatedAt = now;
                errors.Add($"Workflow '{workflow.Id}': {ex.Message}");
            }
        }
        if (errors.Count > 0)
        {
            // What did work is saved with this outcome; a retry after the fix runs only what failed.
            return JobOutcome.DeadLetter(string.Join("; ", errors));
        }
        record.Status = EventStatus.Processed;
        record.LastError = null;
        record.ProcessedAt = now;
        return JobOutcome.Completed;
    }

    /// <summary>
    /// Picks a failed instance up where it stopped. When the definition changed meanwhile (the usual fix), the instance
    /// moves to the new version at the step with the same id, which is why blocking steps should carry ids.
    /// </summary>
    private void Resume(WorkflowInstance instance, WorkflowDefinition workflow)
    {
        if (instance.WorkflowVersion != workflow.Version)
        {
            var index = instance.CurrentStepId is null ? -1 : workflow.Steps.ToList().FindIndex(s => s.Id == instance.CurrentStepId);
            instance.Cursor = index >= 0 ? index : Math.Min(instance.Cursor, workflow.Steps.Count);
            instance.WorkflowVersion = workflow.Version;
        }
        instance.Status = WorkflowInstanceStatus.Running;
        instance.LastError = null;
        instance.UpdatedAt = time.GetUtcNow();
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Events.FirstOrDefaultAsync(e => e.Id == job.SubjectId, cancellationToken);
        if (record is not null)
        {
            record.Status = EventStatus.Failed;
            record.LastError = error;
            record.Attempts = job.Attempts;
        }
    }
}
