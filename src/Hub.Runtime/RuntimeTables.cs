using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Runtime.RateLimits;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Runtime;

/// <summary>The runtime's tables on the shared context.</summary>
public static class RuntimeTables
{
    extension(HubDbContext db)
    {
        public DbSet<Job> Jobs => db.Set<Job>();

        public DbSet<EventRecord> Events => db.Set<EventRecord>();

        public DbSet<RateLimitBucket> RateLimitBuckets => db.Set<RateLimitBucket>();
    }
}
