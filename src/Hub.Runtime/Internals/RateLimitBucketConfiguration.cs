using Hub.Runtime.RateLimits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Runtime.Internals;

internal sealed class RateLimitBucketConfiguration : IEntityTypeConfiguration<RateLimitBucket>
{
    public void Configure(EntityTypeBuilder<RateLimitBucket> builder)
    {
        builder.ToTable("rate_limit_buckets");
        builder.HasKey(b => b.Name);
        builder.Property(b => b.Name).HasMaxLength(200);
    }
}
