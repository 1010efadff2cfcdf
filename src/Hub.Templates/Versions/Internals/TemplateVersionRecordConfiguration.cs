using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Templates.Versions.Internals;

internal sealed class TemplateVersionRecordConfiguration : IEntityTypeConfiguration<TemplateVersionRecord>
{
    public void Configure(EntityTypeBuilder<TemplateVersionRecord> builder)
    {
        builder.ToTable("template_versions");
        // One row per text: the same text published again is the same version, so a restart adds nothing.
        builder.HasKey(v => new { v.WorkspaceId, v.TemplateId, v.Version });
        builder.Property(v => v.TemplateId).HasMaxLength(100);
        builder.Property(v => v.Version).HasMaxLength(64);
        builder.HasIndex(v => new { v.WorkspaceId, v.TemplateId, v.Number }).IsUnique();
    }
}
