using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Access.Audit.Internals;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(320);
        builder.Property(e => e.KeyId).HasMaxLength(100);
        builder.Property(e => e.UserId).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ResourceType).HasMaxLength(50);
        builder.Property(e => e.ResourceId).HasMaxLength(200);
        // The list reads newest first within a workspace.
        builder.HasIndex(e => new { e.WorkspaceId, e.At });
    }
}
