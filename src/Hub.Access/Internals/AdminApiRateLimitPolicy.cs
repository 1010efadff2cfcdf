using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Access.Internals;

/// <summary>
/// The per-caller limit of <c>/api/v1</c> (<see cref="LimitsOptions.AdminApi"/>): one token bucket per API key, else
/// per signed-in user, else per actor (the bootstrap key). The caller is known here: the admin key gate
/// authenticates every <c>/api/v1</c> request before routing.
/// </summary>
internal sealed class AdminApiRateLimitPolicy : IRateLimiterPolicy<string>
{
    private readonly RateLimit _limit;
    private readonly TokenBucketRateLimiterOptions? _bucket;

    public AdminApiRateLimitPolicy(IOptions<LimitsOptions> options)
    {
        _limit = options.Value.AdminApi;
        // The partitioned limiter replenishes its buckets itself, on one timer for all.
        _bucket = _limit.IsOff ? null : TokenBuckets.Options(_limit, autoReplenishment: false);
        OnRejected = (context, _) => TooManyRequests.WriteAsync(context.HttpContext,
            TooManyRequests.AdminApi(_limit, RetryAfterSeconds(context.Lease)), RetryAfterSeconds(context.Lease));
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var key = PartitionKey(httpContext.User);
        return _bucket is null
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => _bucket);
    }

    /// <summary>Keys, users and actors apart, so that a key's id never counts against a user of the same id.</summary>
    internal static string PartitionKey(ClaimsPrincipal? user) =>
        user?.FindFirstValue(HubClaims.KeyId) is { } key ? "key:" + key
        : user?.FindFirstValue(HubClaims.UserId) is { } id ? "user:" + id
        : user?.FindFirstValue(HubClaims.Actor) is { } actor ? "actor:" + actor
        : "anonymous";

    private int RetryAfterSeconds(RateLimitLease lease) => TokenBuckets.RetryAfterSeconds(lease, _bucket?.ReplenishmentPeriod ?? TimeSpan.FromSeconds(1));
}
