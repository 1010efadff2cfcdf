using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Storage.Configurations;

internal sealed class MessageRecordConfiguration : IEntityTypeConfiguration<MessageRecord>
{
    public void Configure(EntityTypeBuilder<MessageRecord> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.Provider).HasMaxLength(50);
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.EventId).HasMaxLength(100);
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => m.EventId);
        builder.HasIndex(m => m.To);
        // A step sends at most one message per channel for an instance: retries cannot duplicate it.
        builder.HasIndex(m => new { m.WorkflowInstanceId, m.StepId, m.Channel }).IsUnique();
    }
}
