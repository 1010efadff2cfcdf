using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Workflows.Engine.Internals;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.WorkflowId).HasMaxLength(100);
        builder.Property(i => i.WorkflowVersion).HasMaxLength(64);
        builder.Property(i => i.EventId).HasMaxLength(100);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        // One instance per (workflow, trigger event), whatever the retries and however many nodes.
        builder.HasIndex(i => new { i.WorkflowId, i.EventId }).IsUnique();
        builder.HasIndex(i => new { i.WorkflowId, i.CorrelationKey });
    }
}
