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
        var conditionErrors = new List<string>();
        try
        {
            foreach (var match in workflows.Match(canonical))
            {
                if (match.Error is not null)
                {
                    conditionErrors.Add($"Workflow '{match.Workflow.Id}': {match.Error}");
                }
                if (!match.IsTriggered)
                {
                    continue;
                }
                var workflow = match.Workflow;
                if (await db.WorkflowInstances.AnyAsync(i => i.WorkflowId == workflow.Id && i.EventId == canonical.Id, cancellationToken))
                {
                    continue;
                }
                var instance = new WorkflowInstance
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
                RunSteps(instance, workflow, canonical, db);
            }
        }
        catch (Exception ex) when (ex is ScriptException or TemplateRenderException)
        {
            // The definition or template is wrong for this event: retrying cannot help until an analyst fixes it.
            return JobOutcome.DeadLetter(ex.Message);
        }
        if (conditionErrors.Count > 0)
        {
            // The other workflows have started (and are saved with this outcome); a retry after the fix runs only the broken ones.
            return JobOutcome.DeadLetter(string.Join("; ", conditionErrors));
        }
        record.Status = EventStatus.Processed;
        record.LastError = null;
        record.ProcessedAt = now;
        return JobOutcome.Completed;
    }

    private void RunSteps(WorkflowInstance instance, WorkflowDefinition workflow, Core.Events.CanonicalEvent canonical, HubDbContext db)
    {
        for (; instance.Cursor < workflow.Steps.Count; instance.Cursor++)
        {
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
