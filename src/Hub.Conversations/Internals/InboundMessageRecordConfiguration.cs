using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Conversations.Internals;

internal sealed class InboundMessageRecordConfiguration : IEntityTypeConfiguration<InboundMessageRecord>
{
    public void Configure(EntityTypeBuilder<InboundMessageRecord> builder)
    {
        builder.ToTable("inbound_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.From).HasMaxLength(320);
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Source).HasMaxLength(100);
        builder.Property(m => m.EventId).HasMaxLength(100);
        builder.Property(m => m.Keyword).HasMaxLength(20);
        builder.HasIndex(m => new { m.WorkspaceId, m.EventId }).IsUnique();
        builder.HasIndex(m => new { m.ConversationId, m.CreatedAt });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
