using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Messaging.Internals;

internal sealed class SendRequestRecordConfiguration : IEntityTypeConfiguration<SendRequestRecord>
{
    public void Configure(EntityTypeBuilder<SendRequestRecord> builder)
    {
        builder.ToTable("send_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TemplateId).HasMaxLength(100);
        builder.Property(r => r.Channels).HasMaxLength(200);
        builder.Property(r => r.Phone).HasMaxLength(32);
        builder.Property(r => r.Email).HasMaxLength(320);
        builder.Property(r => r.Purpose).HasMaxLength(20);
        builder.Property(r => r.EventId).HasMaxLength(100);
        builder.Property(r => r.StepId).HasMaxLength(100);
        // A workflow step asks once per instance: a retried route job cannot send twice.
        builder.HasIndex(r => new { r.WorkflowInstanceId, r.StepId }).IsUnique();
    }
}
