using Hub.Core.Events;
using Hub.Runtime.Jobs;
using Hub.Scripting;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Creates the instance an event starts: keyed by the workflow's <c>correlate</c>, once per (workflow, event), and
/// within its concurrency rule (a newer event replaces the running instance of its key, or is ignored).
/// </summary>
internal sealed class InstanceStarter(WorkflowVersions versions, JobQueue queue)
{
    public const int MaxKeyLength = 200;

    /// <summary>Starts the published version of <paramref name="workflowId"/> and queues its run (the <c>trigger</c> step).</summary>
    public async Task<StartResult> StartByNameAsync(string workflowId, CanonicalEvent e, HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var set = await versions.ForWorkspaceAsync(db.WorkspaceId, cancellationToken);
        if (set.FindPublished(workflowId) is not { } workflow)
        {
            return new StartResult(null, "no such published workflow");
        }
        var result = await StartAsync(workflow, e, db, now, mayExist: true, cancellationToken);
        if (result.Instance is { } instance)
        {
            queue.Enqueue(WorkflowRunner.RunJobKind, instance.Id.ToString());
        }
        return result;
    }

    /// <param name="mayExist">Look for an instance this event already started (a retry, or a second trigger).</param>
    public static async Task<StartResult> StartAsync(WorkflowDefinition workflow, CanonicalEvent e, HubDbContext db, DateTimeOffset now, bool mayExist, CancellationToken cancellationToken)
    {
        if (mayExist && await FindStartedAsync(db, workflow.Id, e.Id, cancellationToken) is { } existing)
        {
            return new StartResult(null, $"already started by this event (instance {existing.Id})");
        }
        var key = KeyOf(workflow, workflow.Correlate, e, now);
        if (workflow.Concurrency != WorkflowConcurrency.Parallel && key is not null)
        {
            var running = await ActiveInstances.ForKeysAsync(db, workflow.Id, null, [key], cancellationToken);
            if (running.Count > 0 && workflow.Concurrency == WorkflowConcurrency.Ignore)
            {
                return new StartResult(null, $"an instance for key '{key}' is running (concurrency: ignore)");
            }
            foreach (var old in running)
            {
                InstanceTransitions.Cancel(db, old, $"replaced by a newer event ({e.Type} {e.Id}; concurrency: replace)", now);
            }
        }
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            WorkflowId = workflow.Id,
            WorkflowVersion = workflow.Version,
            EventId = e.Id,
            CorrelationKey = key,
            Status = WorkflowInstanceStatus.Running,
            Cursor = workflow.Program.Start,
            CurrentStepId = workflow.Program.Start == WorkflowProgram.End ? null : workflow.Program.Nodes[0].Step.Id,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.WorkflowInstances.Add(instance);
        Journal.Instance(db, instance, "started", $"by {e.Type} {e.Id} (version {workflow.Number}{(key is null ? "" : $", key {key}")})", now);
        return new StartResult(instance, null);
    }

    /// <summary>The key an expression gives for an event, as text; null when it gives nothing.</summary>
    public static string? KeyOf(WorkflowDefinition workflow, HubExpression expression, CanonicalEvent e, DateTimeOffset now)
    {
        var key = HubFunctions.Text(expression.Evaluate(WorkflowScope.Create(e, workflow, now)));
        return string.IsNullOrEmpty(key) ? null : key.Length > MaxKeyLength ? key[..MaxKeyLength] : key;
    }

    private static async Task<WorkflowInstance?> FindStartedAsync(HubDbContext db, string workflowId, string eventId, CancellationToken cancellationToken) =>
        db.WorkflowInstances.Local.FirstOrDefault(i => i.WorkflowId == workflowId && i.EventId == eventId)
        ?? await db.WorkflowInstances.FirstOrDefaultAsync(i => i.WorkflowId == workflowId && i.EventId == eventId, cancellationToken);
}
