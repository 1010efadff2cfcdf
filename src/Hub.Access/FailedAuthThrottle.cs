using System.Collections.Concurrent;
using System.Net;
using Hub.Access.Internals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// Failed authentications per source address (<see cref="LimitsOptions.FailedAuth"/>), for every way in: a wrong API
/// key, a wrong password at sign-in. Whoever checks a credential refuses (429, <see cref="TooManyRequests.FailedAuth"/>)
/// an address for which <see cref="IsBlocked(IPAddress?, out int)"/> says so before checking anything, even a right
/// credential, and calls <see cref="RecordFailure"/> when a credential is wrong. An address's window starts at its
/// first failure; once it has had <see cref="FailedAuthLimit.Failures"/> in it, it is refused until the window ends.
/// Only failing addresses are kept, and only until their window ends. Nothing of the address or of what was presented
/// is logged (personal data, secrets).
/// </summary>
/// <remarks>
/// A window of its own per address rather than a <c>System.Threading.RateLimiting</c> fixed window: those start when
/// the partition is first asked, so an address's block could end a moment after it began, and their Retry-After
/// is always a whole window.
/// </remarks>
public sealed class FailedAuthThrottle
{
    private readonly ConcurrentDictionary<IPAddress, FailureWindow> _windows = new();
    private readonly TimeProvider _time;
    private readonly ILogger<FailedAuthThrottle> _logger;
    private long _nextSweepTicks;

    public FailedAuthThrottle(IOptions<LimitsOptions> options, TimeProvider time, ILogger<FailedAuthThrottle> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Limit = options.Value.FailedAuth;
        _time = time;
        _logger = logger;
    }

    public FailedAuthLimit Limit { get; }

    /// <summary>Whether <paramref name="address"/> has used up its failures and is refused for now.</summary>
    public bool IsBlocked(IPAddress? address) => IsBlocked(address, out _);

    /// <summary>
    /// Whether <paramref name="address"/> has used up its failures; if so, the whole seconds until its window ends. A
    /// request without an address (not over TCP) is never blocked.
    /// </summary>
    public bool IsBlocked(IPAddress? address, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (Limit.IsOff || address is null || !_windows.TryGetValue(SourceAddress.Key(address), out var window))
        {
            return false;
        }
        var now = _time.GetUtcNow();
        lock (window)
        {
            if (window.Count < Limit.Failures || now >= window.Ends)
            {
                return false;
            }
            retryAfterSeconds = TokenBuckets.Seconds(window.Ends - now);
            return true;
        }
    }

    /// <summary>Counts one failed authentication from <paramref name="address"/>: a wrong key or password, not a missing one.</summary>
    public void RecordFailure(IPAddress? address)
    {
        if (Limit.IsOff || address is null)
        {
            return;
        }
        var now = _time.GetUtcNow();
        var window = _windows.GetOrAdd(SourceAddress.Key(address), static _ => new FailureWindow());
        lock (window)
        {
            if (now >= window.Ends)
            {
                window.Count = 0;
                window.Ends = now + Limit.Window;
            }
            window.Count++;
            if (window.Count == Limit.Failures)
            {
                _logger.LogWarning("A source address failed to authenticate {Failures} times within {Window}; it is refused until {Until:O}.",
                    Limit.Failures, Limit.Window, window.Ends);
            }
        }
        SweepEndedWindows(now);
    }

    /// <summary>At most once a window, forgets the addresses whose windows have ended, so that the map holds only recent failures.</summary>
    private void SweepEndedWindows(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, (now + Limit.Window).UtcTicks, next) != next)
        {
            return;
        }
        foreach (var (address, window) in _windows)
        {
            bool ended;
            lock (window)
            {
                ended = now >= window.Ends;
            }
            if (ended)
            {
                _windows.TryRemove(new KeyValuePair<IPAddress, FailureWindow>(address, window));
            }
        }
    }
}
