using System.Net;
using System.Threading.RateLimiting;
using Hub.Access.Internals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// Failed authentications per source address (<see cref="LimitsOptions.FailedAuth"/>), for every way in: a wrong API
/// key, a wrong password at sign-in. Whoever checks a credential calls <see cref="RecordFailure"/> when it is wrong,
/// and refuses (429, <see cref="TooManyRequests.FailedAuth"/>) an address for which <see cref="IsBlocked(IPAddress?, out int)"/>
/// says so before checking anything, even a right credential: a guesser learns nothing more until the window has
/// passed. A fixed window per address, counted from its first failure; addresses without failures are forgotten.
/// The address is never logged (personal data), nor is what was presented.
/// </summary>
public sealed class FailedAuthThrottle : IDisposable
{
    private readonly FailedAuthLimit _limit;
    private readonly PartitionedRateLimiter<IPAddress>? _failures;
    private readonly ILogger<FailedAuthThrottle> _logger;

    public FailedAuthThrottle(IOptions<LimitsOptions> options, ILogger<FailedAuthThrottle> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limit = options.Value.FailedAuth;
        _logger = logger;
        if (!_limit.IsOff)
        {
            var window = new FixedWindowRateLimiterOptions { PermitLimit = _limit.Failures, Window = _limit.Window, QueueLimit = 0 };
            _failures = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => window));
        }
    }

    public FailedAuthLimit Limit => _limit;

    /// <summary>Whether <paramref name="address"/> has used up its failures and is refused for now.</summary>
    public bool IsBlocked(IPAddress? address) => IsBlocked(address, out _);

    /// <summary>
    /// Whether <paramref name="address"/> has used up its failures; if so, how many seconds to wait (at most the
    /// window). A request without a known address (not over TCP) is never blocked.
    /// </summary>
    public bool IsBlocked(IPAddress? address, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (_failures is null || address is null)
        {
            return false;
        }
        // Asking for no permit tells whether any is left, and uses none.
        using var lease = _failures.AttemptAcquire(SourceAddress.Key(address), 0);
        if (lease.IsAcquired)
        {
            return false;
        }
        retryAfterSeconds = TokenBuckets.RetryAfterSeconds(lease, _limit.Window);
        return true;
    }

    /// <summary>Counts one failed authentication from <paramref name="address"/>: a wrong key or password, not a missing one.</summary>
    public void RecordFailure(IPAddress? address)
    {
        if (_failures is null || address is null)
        {
            return;
        }
        var key = SourceAddress.Key(address);
        using var lease = _failures.AttemptAcquire(key, 1);
        if (lease.IsAcquired && _failures.GetStatistics(key)?.CurrentAvailablePermits == 0)
        {
            _logger.LogWarning("A source address has failed to authenticate {Failures} times within {Window}; it is refused until the window has passed.",
                _limit.Failures, _limit.Window);
        }
    }

    public void Dispose() => _failures?.Dispose();
}
