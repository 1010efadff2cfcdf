using System.Text.Json;
using Hub.Storage;
using Hub.Storage.Notifications;

namespace Hub.Contacts.Internals;

/// <summary>The current workspace's view of <see cref="ConsentPolicyCache"/>, and its one writer.</summary>
internal sealed class ConsentPolicies(HubDbContext db, ConsentPolicyCache cache, IChangeNotifications notifications, TimeProvider time) : IConsentPolicies
{
    public Task<ConsentPolicy> GetAsync(CancellationToken cancellationToken) => Task.FromResult(cache.For(db.WorkspaceId));

    public async Task SaveAsync(ConsentPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var json = JsonSerializer.Serialize(policy, ConsentPolicyCache.Json);
        var record = await db.ConsentPolicies.FindAsync([db.WorkspaceId], cancellationToken);
        if (record is null)
        {
            db.ConsentPolicies.Add(new ConsentPolicyRecord { WorkspaceId = db.WorkspaceId, DocumentJson = json, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            record.DocumentJson = json;
            record.UpdatedAt = time.GetUtcNow();
        }
        await db.SaveChangesAsync(cancellationToken);
        await notifications.PublishAsync(ConsentPolicyCache.ChangeChannel, db.WorkspaceId, cancellationToken);
        await cache.RefreshAsync(cancellationToken);
    }
}
