using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Contacts.Internals;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FirstName).HasMaxLength(200);
        builder.Property(c => c.LastName).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Locale).HasMaxLength(35);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        // Newest first in lists.
        builder.HasIndex(c => new { c.WorkspaceId, c.CreatedAt });
    }
}
