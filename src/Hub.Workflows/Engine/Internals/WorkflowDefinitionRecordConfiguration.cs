using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Workflows.Engine.Internals;

internal sealed class WorkflowDefinitionRecordConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(d => new { d.WorkspaceId, d.WorkflowId, d.Version });
        builder.Property(d => d.WorkflowId).HasMaxLength(100);
        builder.Property(d => d.Version).HasMaxLength(64);
        builder.HasIndex(d => new { d.WorkspaceId, d.WorkflowId, d.Number }).IsUnique();
    }
}
