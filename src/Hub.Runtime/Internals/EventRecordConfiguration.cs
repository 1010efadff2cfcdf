using Hub.Runtime.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Runtime.Internals;

internal sealed class EventRecordConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.ConnectorId).HasMaxLength(100);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.CreatedAt);
        builder.HasIndex(e => new { e.ConnectorId, e.Type });
        builder.HasIndex(e => e.InboundRequestId);
        builder.HasIndex(e => new { e.ConnectorId, e.CreatedAt });
    }
}
