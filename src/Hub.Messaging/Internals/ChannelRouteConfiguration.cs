using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Messaging.Internals;

internal sealed class ChannelRouteConfiguration : IEntityTypeConfiguration<ChannelRoute>
{
    public void Configure(EntityTypeBuilder<ChannelRoute> builder)
    {
        builder.ToTable("channel_routes");
        builder.HasKey(r => new { r.WorkspaceId, r.Channel });
        builder.Property(r => r.Channel).HasMaxLength(20);
        builder.Property(r => r.Providers).HasMaxLength(1000);
        builder.Ignore(r => r.ProviderIds);
    }
}
