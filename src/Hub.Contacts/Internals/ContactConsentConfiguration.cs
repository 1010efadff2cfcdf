using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Contacts.Internals;

internal sealed class ContactConsentConfiguration : IEntityTypeConfiguration<ContactConsent>
{
    public void Configure(EntityTypeBuilder<ContactConsent> builder)
    {
        builder.ToTable("contact_consents");
        builder.HasKey(c => new { c.ContactId, c.Channel, c.Purpose });
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.Purpose).HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
