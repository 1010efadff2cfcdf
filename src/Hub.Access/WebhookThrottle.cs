using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Hub.Access.Internals;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// The per-connector limit of <c>POST /webhooks/{id}</c> (<see cref="LimitsOptions.Webhooks"/>): one token bucket per
/// connector, in memory. Checked in the endpoint after the connector is known and before the body is read, rather
/// than by the rate-limiting middleware, whose partitioning allocates on every request: here an accepted webhook costs
/// a dictionary lookup and the bucket's lock, and allocates nothing (the accepted lease is the limiter's shared one).
/// Only connectors that exist get a bucket, so made-up ids cannot fill the dictionary.
/// </summary>
public sealed class WebhookThrottle : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly TokenBucketRateLimiterOptions? _bucket;

    public WebhookThrottle(IOptions<LimitsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Limit = options.Value.Webhooks;
        _bucket = Limit.IsOff ? null : TokenBuckets.Options(Limit, autoReplenishment: true);
    }

    public RateLimit Limit { get; }

    /// <summary>Whether connector <paramref name="connectorId"/> may take one more webhook now; if not, how many seconds to wait.</summary>
    public bool TryAcquire(string connectorId, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (_bucket is null)
        {
            return true;
        }
        if (!_buckets.TryGetValue(connectorId, out var bucket))
        {
            bucket = Add(connectorId);
        }
        using var lease = bucket.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return true;
        }
        retryAfterSeconds = TokenBuckets.RetryAfterSeconds(lease, _bucket.ReplenishmentPeriod);
        return false;
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
        _buckets.Clear();
    }

    private TokenBucketRateLimiter Add(string connectorId)
    {
        var bucket = new TokenBucketRateLimiter(_bucket!);
        if (_buckets.TryAdd(connectorId, bucket))
        {
            return bucket;
        }
        bucket.Dispose(); // another request added this connector's bucket first
        return _buckets[connectorId];
    }
}
