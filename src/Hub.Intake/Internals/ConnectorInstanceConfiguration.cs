using Hub.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Intake.Internals;

internal sealed class ConnectorInstanceConfiguration : IEntityTypeConfiguration<ConnectorInstance>
{
    public void Configure(EntityTypeBuilder<ConnectorInstance> builder)
    {
        builder.ToTable("connectors");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.Property(c => c.Type).HasMaxLength(100);
    }
}
