using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Channels.Sandbox.Internals;

internal sealed class SandboxMessageConfiguration : IEntityTypeConfiguration<SandboxMessage>
{
    public void Configure(EntityTypeBuilder<SandboxMessage> builder)
    {
        builder.ToTable("sandbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageId).HasMaxLength(100);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Property(m => m.From).HasMaxLength(320);
        builder.Property(m => m.To).HasMaxLength(320);
        // A retried send (after a crash before Hub committed) is the same message: the handset shows it once.
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.To, m.DeliveredAt });
    }
}
