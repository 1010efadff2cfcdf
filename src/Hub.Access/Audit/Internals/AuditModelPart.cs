using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access.Audit.Internals;

/// <summary>Only the audit log's configuration (not the whole assembly's): the rest of Hub.Access registers its own.</summary>
internal sealed class AuditModelPart : IHubModelPart
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
    }
}
