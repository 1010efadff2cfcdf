using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Templates.Versions.Internals;

internal sealed class TemplateDraftConfiguration : IEntityTypeConfiguration<TemplateDraft>
{
    public void Configure(EntityTypeBuilder<TemplateDraft> builder)
    {
        builder.ToTable("template_drafts");
        // One draft per template per workspace: a second save replaces the first.
        builder.HasKey(d => new { d.WorkspaceId, d.TemplateId });
        builder.Property(d => d.TemplateId).HasMaxLength(100);
    }
}
