using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Contacts.Internals;

internal sealed class ContactIdentityConfiguration : IEntityTypeConfiguration<ContactIdentity>
{
    public void Configure(EntityTypeBuilder<ContactIdentity> builder)
    {
        builder.ToTable("contact_identities");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasMaxLength(10);
        builder.Property(i => i.Value).HasMaxLength(400);
        // One contact per phone, email or source id in a workspace: a second claim on it is a merge, never a copy.
        builder.HasIndex(i => new { i.WorkspaceId, i.Kind, i.Value }).IsUnique();
        builder.HasIndex(i => i.ContactId);
        builder.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
