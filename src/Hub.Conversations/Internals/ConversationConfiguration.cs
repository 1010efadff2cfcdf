using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Conversations.Internals;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.Address).HasMaxLength(320);
        builder.Property(c => c.Assignee).HasMaxLength(200);
        // One per contact and channel: two inbound messages at once cannot open two.
        builder.HasIndex(c => new { c.WorkspaceId, c.ContactId, c.Channel }).IsUnique();
        builder.HasIndex(c => new { c.WorkspaceId, c.LastMessageAt });
        // An address's conversation is found again after its contact was merged into another.
        builder.HasIndex(c => new { c.WorkspaceId, c.Channel, c.Address });
    }
}
