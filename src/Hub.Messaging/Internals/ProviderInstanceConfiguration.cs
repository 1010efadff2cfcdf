using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Messaging.Internals;

internal sealed class ProviderInstanceConfiguration : IEntityTypeConfiguration<ProviderInstance>
{
    public void Configure(EntityTypeBuilder<ProviderInstance> builder)
    {
        builder.ToTable("providers");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(50);
        builder.Property(p => p.Type).HasMaxLength(50);
    }
}
