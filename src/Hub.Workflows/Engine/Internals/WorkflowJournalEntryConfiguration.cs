using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Workflows.Engine.Internals;

internal sealed class WorkflowJournalEntryConfiguration : IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> builder)
    {
        builder.ToTable("workflow_journal");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.StepId).HasMaxLength(200);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Outcome).HasMaxLength(40);
        builder.HasIndex(e => new { e.InstanceId, e.Id });
    }
}
