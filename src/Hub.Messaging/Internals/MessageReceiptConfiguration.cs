using Hub.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Messaging.Internals;

internal sealed class MessageReceiptConfiguration : IEntityTypeConfiguration<MessageReceipt>
{
    public void Configure(EntityTypeBuilder<MessageReceipt> builder)
    {
        builder.ToTable("message_receipts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Provider).HasMaxLength(50);
        builder.Property(r => r.ProviderMessageId).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ProviderStatus).HasMaxLength(100);
        builder.Property(r => r.ErrorCode).HasMaxLength(50);
        builder.Property(r => r.Error).HasMaxLength(1000);
        builder.HasIndex(r => r.MessageId);
        // A receipt that came before its send's answer was recorded is found again by the provider's id.
        builder.HasIndex(r => new { r.Provider, r.ProviderMessageId });
        builder.HasOne<MessageRecord>().WithMany().HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
