using Hub.Storage;

namespace Hub.Access.Audit.Internals;

internal sealed class AuditLog(HubDbContext db, TimeProvider time) : IAuditLog
{
    public AuditEntry Record(Caller caller, string action, string resourceType, string resourceId, object? before = null, object? after = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            WorkspaceId = db.WorkspaceId,
            At = time.GetUtcNow(),
            Actor = caller.Actor,
            KeyId = caller.KeyId,
            UserId = caller.UserId,
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            BeforeJson = AuditJson.Write(before),
            AfterJson = AuditJson.Write(after),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
