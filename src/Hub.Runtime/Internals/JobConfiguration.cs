using Hub.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Runtime.Internals;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedOnAdd();
        builder.Property(j => j.Kind).HasMaxLength(50);
        builder.Property(j => j.Lane).HasMaxLength(20);
        builder.Property(j => j.SubjectId).HasMaxLength(100);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        // Two partial indexes instead of one OR: the claim of due jobs reads the head of its lane's pending range and
        // stays as fast with a million future jobs as with ten; expired leases are found from their own small range.
        builder.HasIndex(j => new { j.Lane, j.RunAt }).HasDatabaseName("ix_jobs_pending_lane_run_at").HasFilter("status = 'Pending'");
        builder.HasIndex(j => j.LeaseExpiresAt).HasDatabaseName("ix_jobs_running_lease_expires_at").HasFilter("status = 'Running'");
        builder.HasIndex(j => new { j.Kind, j.SubjectId });
    }
}
