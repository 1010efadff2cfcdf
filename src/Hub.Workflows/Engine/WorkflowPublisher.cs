using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine;

/// <summary>
/// Drafts, publishing and rollback for the admin API. Publishing stores the draft as a new numbered version (or, when
/// its text is an existing version, publishes that one again) and removes the draft in one commit; then this process
/// drops its cached versions at once and every other process through <see cref="WorkflowVersions.ChangeChannel"/>,
/// so the next event starts the new version everywhere while running instances keep theirs.
/// </summary>
public sealed class WorkflowPublisher(HubDbContext db, WorkflowVersions versions, IChangeNotifications notifications, TimeProvider time)
{
    /// <summary>Stores <paramref name="definition"/> (read from its <see cref="WorkflowDefinition.Source"/>) as the workflow's draft.</summary>
    /// <returns>The draft, or null when another save of the same draft committed first.</returns>
    public async Task<WorkflowDraft?> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var now = time.GetUtcNow();
        var draft = await db.WorkflowDrafts.FirstOrDefaultAsync(d => d.WorkflowId == definition.Id, cancellationToken);
        if (draft is null)
        {
            draft = new WorkflowDraft { WorkflowId = definition.Id, Name = definition.Name, Source = "", CreatedAt = now };
            db.WorkflowDrafts.Add(draft);
        }
        draft.Name = definition.Name;
        draft.Source = definition.Source ?? "";
        draft.UpdatedAt = now;
        return await TrySaveAsync(cancellationToken) ? draft : null;
    }

    /// <summary>Publishes the draft's definition; null when a concurrent publish took the number or the draft first.</summary>
    public async Task<WorkflowDefinitionRecord?> PublishAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var now = time.GetUtcNow();
        var stored = await db.WorkflowDefinitions.Where(d => d.WorkflowId == definition.Id).ToListAsync(cancellationToken);
        var record = stored.FirstOrDefault(d => d.Version == definition.Version);
        if (record is null)
        {
            record = new WorkflowDefinitionRecord
            {
                WorkflowId = definition.Id,
                Version = definition.Version,
                Number = stored.Count == 0 ? 1 : stored.Max(d => d.Number) + 1,
                Name = definition.Name,
                Source = definition.Source ?? "",
                CreatedAt = now,
            };
            db.WorkflowDefinitions.Add(record);
        }
        record.PublishedAt = now;
        await db.WorkflowDrafts.Where(d => d.WorkflowId == definition.Id).LoadAsync(cancellationToken);
        db.WorkflowDrafts.RemoveRange(db.WorkflowDrafts.Local.Where(d => d.WorkflowId == definition.Id));
        if (!await TrySaveAsync(cancellationToken))
        {
            return null;
        }
        await AnnounceAsync(definition.Id, cancellationToken);
        return record;
    }

    /// <summary>Publishes stored version <paramref name="number"/> again; null when there is no such version.</summary>
    public async Task<WorkflowDefinitionRecord?> RollbackAsync(string workflowId, int number, CancellationToken cancellationToken)
    {
        var record = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.WorkflowId == workflowId && d.Number == number, cancellationToken);
        if (record is null)
        {
            return null;
        }
        record.PublishedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(workflowId, cancellationToken);
        return record;
    }

    private async Task AnnounceAsync(string workflowId, CancellationToken cancellationToken)
    {
        // This process at once (an event right after the answer must start the new version), the others by notice.
        versions.Invalidate();
        await notifications.PublishAsync(WorkflowVersions.ChangeChannel, workflowId, cancellationToken);
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A key was taken meanwhile (the same draft created twice, the next number taken by another publish).
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
