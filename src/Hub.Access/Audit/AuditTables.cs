using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access.Audit;

/// <summary>The audit log's table on the shared context (scoped to the workspace like every workspace-owned table).</summary>
public static class AuditTables
{
    extension(HubDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
