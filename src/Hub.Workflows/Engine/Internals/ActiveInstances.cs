using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Finds running or waiting instances by key, in the database and among those this transaction added but has not
/// stored yet (two events of one batch: a booking and its cancellation).
/// </summary>
internal static class ActiveInstances
{
    public static async Task<List<WorkflowInstance>> ForKeysAsync(HubDbContext db, string workflowId, string? version, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var query = db.WorkflowInstances.Where(i => i.WorkflowId == workflowId && keys.Contains(i.CorrelationKey!)
            && (i.Status == WorkflowInstanceStatus.Running || i.Status == WorkflowInstanceStatus.Waiting));
        if (version is not null)
        {
            query = query.Where(i => i.WorkflowVersion == version);
        }
        await query.LoadAsync(cancellationToken);
        // Local holds what the query loaded (tracked, with this transaction's changes) and what was added unsaved.
        return [.. db.WorkflowInstances.Local.Where(i => i.WorkflowId == workflowId && (version is null || i.WorkflowVersion == version)
            && i.CorrelationKey is not null && keys.Contains(i.CorrelationKey) && InstanceTransitions.IsActive(i))];
    }

    /// <summary>Instances waiting in a wait_for for this event type, by key.</summary>
    public static async Task<List<WorkflowInstance>> WaitingAsync(HubDbContext db, string workflowId, string version, string eventType, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        await db.WorkflowInstances
            .Where(i => i.Status == WorkflowInstanceStatus.Waiting && i.WaitEventType == eventType && keys.Contains(i.CorrelationKey!)
                && i.WorkflowId == workflowId && i.WorkflowVersion == version)
            .LoadAsync(cancellationToken);
        return [.. db.WorkflowInstances.Local.Where(i => i.Status == WorkflowInstanceStatus.Waiting && i.WaitEventType == eventType
            && i.CorrelationKey is not null && keys.Contains(i.CorrelationKey) && i.WorkflowId == workflowId && i.WorkflowVersion == version)];
    }
}
