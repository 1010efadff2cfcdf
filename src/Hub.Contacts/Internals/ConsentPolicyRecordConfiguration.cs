using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Contacts.Internals;

internal sealed class ConsentPolicyRecordConfiguration : IEntityTypeConfiguration<ConsentPolicyRecord>
{
    public void Configure(EntityTypeBuilder<ConsentPolicyRecord> builder)
    {
        builder.ToTable("consent_policies");
        builder.HasKey(p => p.WorkspaceId);
    }
}
