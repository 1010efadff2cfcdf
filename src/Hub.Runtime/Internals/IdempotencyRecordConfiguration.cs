using Hub.Runtime.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Runtime.Internals;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Scope).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKeys.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        // Two requests racing with one key: the second insert fails here and that request answers with the first's.
        builder.HasIndex(r => new { r.WorkspaceId, r.Scope, r.Key }).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}
