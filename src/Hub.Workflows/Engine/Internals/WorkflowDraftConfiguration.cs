using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Workflows.Engine.Internals;

internal sealed class WorkflowDraftConfiguration : IEntityTypeConfiguration<WorkflowDraft>
{
    public void Configure(EntityTypeBuilder<WorkflowDraft> builder)
    {
        builder.ToTable("workflow_drafts");
        // One draft per workflow per workspace: a second save replaces the first.
        builder.HasKey(d => new { d.WorkspaceId, d.WorkflowId });
        builder.Property(d => d.WorkflowId).HasMaxLength(100);
    }
}
