using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Templates.Versions;

/// <summary>
/// Drafts, publishing and rollback for the admin API. Publishing stores the draft as the next numbered version (or,
/// when its text is a stored version, publishes that one again) and removes the draft in one commit; then this
/// process reloads its published templates before answering and every other process on notice.
/// </summary>
public sealed class TemplatePublisher(HubDbContext db, TemplateVersions versions, IChangeNotifications notifications, TimeProvider time)
{
    /// <returns>The draft, or null when another save of the same draft committed first.</returns>
    public async Task<TemplateDraft?> SaveDraftAsync(MessageTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var now = time.GetUtcNow();
        var draft = await db.TemplateDrafts.FirstOrDefaultAsync(d => d.TemplateId == template.Id, cancellationToken);
        if (draft is null)
        {
            draft = new TemplateDraft { TemplateId = template.Id, Source = "", CreatedAt = now };
            db.TemplateDrafts.Add(draft);
        }
        draft.Source = template.Source;
        draft.UpdatedAt = now;
        return await TrySaveAsync(cancellationToken) ? draft : null;
    }

    /// <summary>Publishes the draft's template; null when a concurrent publish took the number or the draft first.</summary>
    public async Task<TemplateVersionRecord?> PublishAsync(MessageTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var now = time.GetUtcNow();
        var stored = await db.TemplateVersions.Where(v => v.TemplateId == template.Id).ToListAsync(cancellationToken);
        var record = stored.FirstOrDefault(v => v.Version == template.Version);
        if (record is null)
        {
            record = new TemplateVersionRecord
            {
                TemplateId = template.Id,
                Version = template.Version,
                Number = stored.Count == 0 ? 1 : stored.Max(v => v.Number) + 1,
                Source = template.Source,
                CreatedAt = now,
            };
            db.TemplateVersions.Add(record);
        }
        record.PublishedAt = now;
        await db.TemplateDrafts.Where(d => d.TemplateId == template.Id).LoadAsync(cancellationToken);
        db.TemplateDrafts.RemoveRange(db.TemplateDrafts.Local.Where(d => d.TemplateId == template.Id));
        if (!await TrySaveAsync(cancellationToken))
        {
            return null;
        }
        await AnnounceAsync(template.Id, cancellationToken);
        return record;
    }

    /// <summary>Publishes stored version <paramref name="number"/> again; null when there is no such version.</summary>
    public async Task<TemplateVersionRecord?> RollbackAsync(string templateId, int number, CancellationToken cancellationToken)
    {
        var record = await db.TemplateVersions.FirstOrDefaultAsync(v => v.TemplateId == templateId && v.Number == number, cancellationToken);
        if (record is null)
        {
            return null;
        }
        record.PublishedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(templateId, cancellationToken);
        return record;
    }

    private async Task AnnounceAsync(string templateId, CancellationToken cancellationToken)
    {
        // This process at once (a send right after the answer must use the new text), the others by notice.
        await versions.RefreshAsync(cancellationToken);
        await notifications.PublishAsync(TemplateVersions.ChangeChannel, templateId, cancellationToken);
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
