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
        builder.Property(i => i.CorrelationKey).HasMaxLength(200);
        builder.Property(i => i.CurrentStepId).HasMaxLength(200);
        builder.Property(i => i.WaitEventType).HasMaxLength(200);
        builder.Property(i => i.FailedStepId).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        // One instance per (workflow, trigger event), whatever the retries and however many nodes.
        builder.HasIndex(i => new { i.WorkflowId, i.EventId }).IsUnique();
        // cancel_on/restart_on and concurrency find the running instances of a key.
        builder.HasIndex(i => new { i.WorkflowId, i.CorrelationKey });
        // An arriving event finds the instances waiting for its type and key without reading the finished ones.
        builder.HasIndex(i => new { i.WaitEventType, i.CorrelationKey }).HasDatabaseName("ix_workflow_instances_waiting").HasFilter("status = 'Waiting'");
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
    }
}
