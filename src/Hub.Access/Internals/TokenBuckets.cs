using System.Threading.RateLimiting;

namespace Hub.Access.Internals;

internal static class TokenBuckets
{
    /// <summary>
    /// A bucket that refills in steps of a tenth of a second or longer with whole tokens and exactly the configured
    /// rate: <c>k = ceil(rate / 10)</c> tokens every <c>k / rate</c> seconds (2/s: one token every 0.5 s; 1,000/s:
    /// 100 tokens every 0.1 s). No queue: a request over the limit is refused at once, never held.
    /// </summary>
    public static TokenBucketRateLimiterOptions Options(RateLimit limit, bool autoReplenishment)
    {
        var tokens = (limit.PerSecond + 9) / 10;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.BucketSize,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerSecond * tokens / limit.PerSecond),
            QueueLimit = 0,
            AutoReplenishment = autoReplenishment,
        };
    }

    /// <summary>How long a refused caller should wait, from its lease (at least a second: Retry-After is in whole seconds).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease, TimeSpan fallback) =>
        Seconds(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : fallback);

    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
