using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Contacts.Internals;

internal sealed class ServiceWindowConfiguration : IEntityTypeConfiguration<ServiceWindow>
{
    public void Configure(EntityTypeBuilder<ServiceWindow> builder)
    {
        builder.ToTable("service_windows");
        builder.HasKey(w => new { w.WorkspaceId, w.Channel, w.Address });
        builder.Property(w => w.Channel).HasMaxLength(20);
        builder.Property(w => w.Address).HasMaxLength(320);
    }
}
