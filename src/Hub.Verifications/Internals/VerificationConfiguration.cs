using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Verifications.Internals;

internal sealed class VerificationConfiguration : IEntityTypeConfiguration<Verification>
{
    public void Configure(EntityTypeBuilder<Verification> builder)
    {
        builder.ToTable("verifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Phone).HasMaxLength(32);
        builder.Property(v => v.Email).HasMaxLength(320);
        builder.Property(v => v.Salt).HasMaxLength(VerificationCode.SaltBytes);
        builder.Property(v => v.CodeHash).HasMaxLength(32);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        // The limit per recipient counts its recent verifications.
        builder.HasIndex(v => new { v.Phone, v.CreatedAt });
        builder.HasIndex(v => new { v.Email, v.CreatedAt });
    }
}
