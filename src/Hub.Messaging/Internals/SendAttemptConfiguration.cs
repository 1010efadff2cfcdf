using Hub.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Messaging.Internals;

internal sealed class SendAttemptConfiguration : IEntityTypeConfiguration<SendAttempt>
{
    public void Configure(EntityTypeBuilder<SendAttempt> builder)
    {
        builder.ToTable("send_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Provider).HasMaxLength(50);
        builder.Property(a => a.Outcome).HasMaxLength(30);
        builder.Property(a => a.ErrorCode).HasMaxLength(50);
        builder.HasIndex(a => a.MessageId);
        builder.HasOne<MessageRecord>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
