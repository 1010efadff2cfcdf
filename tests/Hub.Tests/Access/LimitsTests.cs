using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Security.Claims;
using Hub.Access;
using Hub.Access.Internals;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Access;

/// <summary>The abuse limits' parts: options validation, the webhook buckets, failed authentications per address, the admin API's partitions.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void The_defaults_are_valid_and_documented_values()
    {
        var options = new LimitsOptions();
        Assert.Empty(Validate(options));
        Assert.Equal((1000, 2000), (options.Webhooks.PerSecond, options.Webhooks.BucketSize));
        Assert.Equal((200, 1000), (options.AdminApi.PerSecond, options.AdminApi.BucketSize));
        Assert.Equal((10, TimeSpan.FromMinutes(1)), (options.FailedAuth.Failures, options.FailedAuth.Window));
    }

    [Theory]
    [InlineData(-1, 0, "Hub:Limits:Webhooks:PerSecond")]
    [InlineData(10, 5, "Hub:Limits:Webhooks:Burst")]
    [InlineData(10, -1, "Hub:Limits:Webhooks:Burst")]
    public void Bad_webhook_limits_are_refused_at_start_with_their_names(int perSecond, int burst, string named)
    {
        var problems = Validate(new LimitsOptions { Webhooks = new RateLimit { PerSecond = perSecond, Burst = burst } });
        Assert.Contains(problems, p => p.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_auth_window_under_a_second_is_refused()
    {
        var problems = Validate(new LimitsOptions { FailedAuth = new FailedAuthLimit { Failures = 3, Window = TimeSpan.Zero } });
        Assert.Contains(problems, p => p.Contains("Hub:Limits:FailedAuth:Window", StringComparison.Ordinal));
    }

    [Fact]
    public void A_connector_over_its_bucket_is_refused_for_a_second_and_others_are_not()
    {
        using var throttle = Webhooks(perSecond: 2, burst: 0);
        Assert.True(throttle.TryAcquire("shop", out _));
        Assert.True(throttle.TryAcquire("shop", out _));
        Assert.False(throttle.TryAcquire("shop", out var retryAfter));
        Assert.Equal(1, retryAfter);
        Assert.True(throttle.TryAcquire("other-shop", out _));
    }

    [Fact]
    public void Off_takes_everything()
    {
        using var throttle = Webhooks(perSecond: 0, burst: 0);
        Assert.All(Enumerable.Range(0, 10_000), _ => Assert.True(throttle.TryAcquire("shop", out _)));
    }

    [Fact]
    public void An_accepted_webhook_allocates_nothing()
    {
        using var throttle = Webhooks(perSecond: 1_000_000, burst: 10_000_000);
        var id = "shop";
        throttle.TryAcquire(id, out _); // creates the bucket
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(throttle.TryAcquire(id, out _));
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Wrong_credentials_block_an_address_until_its_window_ends()
    {
        var clock = new ManualClock();
        var throttle = FailedAuth(clock, failures: 3, window: TimeSpan.FromSeconds(60));
        var address = IPAddress.Parse("203.0.113.7");
        throttle.RecordFailure(address);
        clock.Advance(TimeSpan.FromSeconds(10));
        throttle.RecordFailure(address);
        Assert.False(throttle.IsBlocked(address));
        throttle.RecordFailure(address);

        Assert.True(throttle.IsBlocked(address, out var retryAfter));
        Assert.Equal(50, retryAfter); // the window began at the first failure
        Assert.False(throttle.IsBlocked(IPAddress.Parse("203.0.113.8")));
        Assert.False(throttle.IsBlocked(null));

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.False(throttle.IsBlocked(address));
        throttle.RecordFailure(address); // a new window: one failure
        Assert.False(throttle.IsBlocked(address));
    }

    [Fact]
    public void An_IPv6_address_counts_with_its_64_and_a_mapped_IPv4_address_with_itself()
    {
        var throttle = FailedAuth(new ManualClock(), failures: 2, window: TimeSpan.FromMinutes(1));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2::1"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2:ffff::9"));
        Assert.True(throttle.IsBlocked(IPAddress.Parse("2001:db8:1:2::42")));
        Assert.False(throttle.IsBlocked(IPAddress.Parse("2001:db8:1:3::1")));

        throttle.RecordFailure(IPAddress.Parse("198.51.100.4"));
        throttle.RecordFailure(IPAddress.Parse("::ffff:198.51.100.4"));
        Assert.True(throttle.IsBlocked(IPAddress.Parse("198.51.100.4")));
    }

    [Fact]
    public void No_failure_limit_blocks_nobody()
    {
        var throttle = FailedAuth(new ManualClock(), failures: 0, window: TimeSpan.FromMinutes(1));
        var address = IPAddress.Loopback;
        for (var i = 0; i < 100; i++)
        {
            throttle.RecordFailure(address);
        }
        Assert.False(throttle.IsBlocked(address));
    }

    [Fact]
    public void The_admin_API_is_limited_per_key_else_per_user_else_per_actor()
    {
        Assert.Equal("key:k1", AdminApiRateLimitPolicy.PartitionKey(Principal("crm-sync", keyId: "k1")));
        Assert.Equal("user:u1", AdminApiRateLimitPolicy.PartitionKey(Principal("kari@example.no", userId: "u1")));
        Assert.Equal("actor:bootstrap", AdminApiRateLimitPolicy.PartitionKey(Principal("bootstrap")));
        Assert.Equal("anonymous", AdminApiRateLimitPolicy.PartitionKey(new ClaimsPrincipal()));
    }

    private static ClaimsPrincipal Principal(string actor, string? keyId = null, string? userId = null) =>
        new(Caller.Identity("test", actor, AccessRoles.Admin, "default", keyId, userId));

    private static WebhookThrottle Webhooks(int perSecond, int burst) =>
        new(Options.Create(new LimitsOptions { Webhooks = new RateLimit { PerSecond = perSecond, Burst = burst } }));

    private static FailedAuthThrottle FailedAuth(TimeProvider clock, int failures, TimeSpan window) =>
        new(Options.Create(new LimitsOptions { FailedAuth = new FailedAuthLimit { Failures = failures, Window = window } }), clock, NullLogger<FailedAuthThrottle>.Instance);

    private static List<string> Validate(LimitsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
