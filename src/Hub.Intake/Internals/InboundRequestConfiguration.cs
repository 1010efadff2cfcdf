using Hub.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Intake.Internals;

internal sealed class InboundRequestConfiguration : IEntityTypeConfiguration<InboundRequest>
{
    public void Configure(EntityTypeBuilder<InboundRequest> builder)
    {
        builder.ToTable("inbound_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ConnectorId).HasMaxLength(100);
        builder.Property(r => r.DeliveryId).HasMaxLength(300);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // The body never changes once stored: compare by reference instead of copying every loaded body for change tracking.
        builder.Property(r => r.Body).Metadata.SetValueComparer(new ValueComparer<byte[]>(
            (a, b) => ReferenceEquals(a, b), v => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v), v => v));
        // The deduplication guarantee: a redelivery of the same id creates nothing new.
        builder.HasIndex(r => new { r.ConnectorId, r.DeliveryId }).IsUnique();
        builder.HasIndex(r => r.ReceivedAt);
        // The event log of one connector, newest first.
        builder.HasIndex(r => new { r.ConnectorId, r.ReceivedAt });
    }
}
