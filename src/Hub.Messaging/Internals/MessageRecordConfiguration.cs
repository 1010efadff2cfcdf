using Hub.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Messaging.Internals;

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
        builder.Property(m => m.ProviderMessageId).HasMaxLength(200);
        builder.Property(m => m.MovedOnReason).HasMaxLength(1000);
        builder.Property(m => m.Purpose).HasMaxLength(20);
        builder.Property(m => m.SkipReason).HasMaxLength(100);
        // Receipts that do not echo Hub's id find their message by the provider's.
        builder.HasIndex(m => new { m.Provider, m.ProviderMessageId });
        // A send request makes at most one message per channel: retries and fallbacks cannot duplicate it.
        builder.HasIndex(m => new { m.SendRequestId, m.Channel }).IsUnique();
        builder.HasOne<SendRequestRecord>().WithMany().HasForeignKey(m => m.SendRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
