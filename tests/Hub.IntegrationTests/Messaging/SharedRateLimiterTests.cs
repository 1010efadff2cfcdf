using System.Diagnostics;
using Hub.Runtime;
using Hub.Runtime.RateLimits;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Messaging;

/// <summary>The per-sender token bucket on a real database, taken from by two independent service providers as two processes would.</summary>
public abstract class SharedRateLimiterTests : IAsyncLifetime
{
    private readonly List<ServiceProvider> _processes = [];

    protected abstract Task<DbContextOptions<HubDbContext>> CreateOptionsAsync();

    private DbContextOptions<HubDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        _options = await CreateOptionsAsync();
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
    }

    private SharedRateLimiter Process()
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => new HubDbContext(_options, [RuntimeRegistration.ModelPart]));
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SharedRateLimiter>();
        var provider = services.BuildServiceProvider();
        _processes.Add(provider);
        return provider.GetRequiredService<SharedRateLimiter>();
    }

    [Fact]
    public async Task An_empty_bucket_says_how_long_until_its_next_token()
    {
        var limiter = Process();
        var key = $"provider:{Guid.NewGuid():N}";

        Assert.Null(await limiter.TryTakeAsync(key, 2, default)); // a bucket starts with one token
        var wait = await limiter.TryTakeAsync(key, 2, default);

        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public async Task Two_processes_together_never_take_more_than_the_rate()
    {
        const double rate = 40;
        var key = $"provider:{Guid.NewGuid():N}";
        var processes = new[] { Process(), Process() };
        var clock = Stopwatch.StartNew();
        var takes = await Task.WhenAll(processes.Select(async limiter =>
        {
            var taken = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(1.5))
            {
                if (await limiter.TryTakeAsync(key, rate, default) is null)
                {
                    taken++;
                }
            }
            return taken;
        }));
        var elapsed = clock.Elapsed.TotalSeconds;

        // The bucket holds a tenth of a second's worth: at most that burst plus the rate over the time taken.
        var most = rate / 10 + rate * elapsed;
        Assert.InRange(takes.Sum(), 1, most);
    }
}
