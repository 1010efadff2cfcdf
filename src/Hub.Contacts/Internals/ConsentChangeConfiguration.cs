using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Contacts.Internals;

internal sealed class ConsentChangeConfiguration : IEntityTypeConfiguration<ConsentChange>
{
    public void Configure(EntityTypeBuilder<ConsentChange> builder)
    {
        builder.ToTable("consent_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.Purpose).HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Evidence).HasMaxLength(1000);
        builder.Property(c => c.EventId).HasMaxLength(100);
        builder.HasIndex(c => new { c.ContactId, c.RecordedAt });
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
