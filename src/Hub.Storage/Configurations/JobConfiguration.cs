using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Storage.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedOnAdd();
        builder.Property(j => j.Kind).HasMaxLength(50);
        builder.Property(j => j.SubjectId).HasMaxLength(100);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(j => new { j.Status, j.RunAt });
        builder.HasIndex(j => new { j.Kind, j.SubjectId });
    }
}
