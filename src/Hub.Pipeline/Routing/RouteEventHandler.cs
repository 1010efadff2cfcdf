using Hub.Pipeline.Jobs;
using Hub.Scripting;
using Hub.Storage;
using Hub.Storage.Entities;
using Hub.Storage.Jobs;
using Hub.Templates;
using Hub.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Hub.Pipeline.Routing;

/// <summary>Starts every workflow an event triggers and runs its steps; a send step queues a message.</summary>
internal sealed class RouteEventHandler(IWorkflowCatalog workflows, MessageComposer composer, JobQueue queue, TimeProvider time) : IJobHandler
{
    public string Kind => JobKinds.RouteEvent;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Events.FirstOrDefaultAsync(e => e.Id == job.SubjectId, cancellationToken);
        if (record is null)
        {
            return JobOutcome.DeadLetter($"Event {job.SubjectId} does not exist.");
        }
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
            var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.WorkflowId == workflow.Id && i.EventId == canonical.Id, cancellationToken);
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
                RunSteps(instance, workflow, canonical, db);
            }
            catch (Exception ex) when (ex is ScriptException or TemplateRenderException)
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

    private void RunSteps(WorkflowInstance instance, WorkflowDefinition workflow, Core.Events.CanonicalEvent canonical, HubDbContext db)
    {
        for (; instance.Cursor < workflow.Steps.Count; instance.Cursor++)
        {
            instance.CurrentStepId = workflow.Steps[instance.Cursor].Id;
            switch (workflow.Steps[instance.Cursor])
            {
                case SendStep send:
                    var (message, skipReason) = composer.Compose(canonical, workflow, instance.Id, send, send.Channels);
                    if (message is null)
                    {
                        instance.LastError = $"Step '{send.Id}' sent nothing: {skipReason}";
                        continue;
                    }
                    db.Messages.Add(message);
                    queue.Enqueue(JobKinds.SendMessage, message.Id.ToString());
                    break;
                default:
                    throw new ScriptException($"Step '{workflow.Steps[instance.Cursor].Id}' is of a kind this engine cannot run yet.");
            }
        }
        instance.CurrentStepId = null;
        instance.Status = WorkflowInstanceStatus.Completed;
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
