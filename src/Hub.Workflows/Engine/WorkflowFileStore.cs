using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine;

/// <summary>
/// Stores a workflow file as a version, for start-up provisioning and the host's <c>import</c> command alike: a text
/// that is not a stored version yet becomes a new, published version; a text already stored (an older version that
/// was rolled back to, or the same file on another node) changes nothing, so that neither a restart nor a repeated
/// import undoes a rollback. Drafts are left alone.
/// </summary>
public static class WorkflowFileStore
{
    private const int Attempts = 3;

    /// <returns>What happened; null when concurrent writers took the next number on every attempt.</returns>
    public static async Task<WorkflowFileOutcome?> StoreAsync(
        HubDbContext db, string workspaceId, WorkflowDefinition workflow, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workflow);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Explicit workspace rather than the context's: provisioning runs outside any caller's workspace.
            var stored = await db.WorkflowDefinitions.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.WorkspaceId == workspaceId && d.WorkflowId == workflow.Id)
                .Select(d => new { d.Version, d.Number, d.PublishedAt })
                .ToListAsync(cancellationToken);
            var published = stored.Where(d => d.PublishedAt is not null)
                .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Number).FirstOrDefault()?.Number;
            if (stored.FirstOrDefault(d => d.Version == workflow.Version) is { } same)
            {
                return new WorkflowFileOutcome(workflow.Id, IsNew: false, same.Number, published);
            }
            var number = stored.Count == 0 ? 1 : stored.Max(d => d.Number) + 1;
            db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord
            {
                WorkspaceId = workspaceId,
                WorkflowId = workflow.Id,
                Version = workflow.Version,
                Number = number,
                Name = workflow.Name,
                Source = workflow.Source ?? "",
                CreatedAt = now,
                PublishedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new WorkflowFileOutcome(workflow.Id, IsNew: true, number, number);
            }
            catch (DbUpdateException)
            {
                // Another node stored a version (this one, or took the number) first: look again.
                db.ChangeTracker.Clear();
            }
        }
        return null;
    }
}
