using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Templates.Versions;

/// <summary>
/// Stores a template file as a version at start-up: a text that is not stored yet becomes a new, published version;
/// a text already stored (an older version that was rolled back to, or the same file on another node) changes
/// nothing, so a restart never undoes a rollback. Drafts are left alone.
/// </summary>
public static class TemplateFileStore
{
    private const int Attempts = 3;

    /// <returns>Whether a new version was stored; null when concurrent writers took the next number on every attempt.</returns>
    public static async Task<bool?> StoreAsync(
        HubDbContext db, string workspaceId, MessageTemplate template, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(template);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Explicit workspace rather than the context's: provisioning runs outside any caller's workspace.
            var stored = await db.TemplateVersions.IgnoreQueryFilters().AsNoTracking()
                .Where(v => v.WorkspaceId == workspaceId && v.TemplateId == template.Id)
                .Select(v => new { v.Version, v.Number })
                .ToListAsync(cancellationToken);
            if (stored.Any(v => v.Version == template.Version))
            {
                return false;
            }
            db.TemplateVersions.Add(new TemplateVersionRecord
            {
                WorkspaceId = workspaceId,
                TemplateId = template.Id,
                Version = template.Version,
                Number = stored.Count == 0 ? 1 : stored.Max(v => v.Number) + 1,
                Source = template.Source,
                CreatedAt = now,
                PublishedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
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
