using Hub.Runtime;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Access.Keys.Internals;

/// <summary>Writes keys' last use every <see cref="Period"/>, and once more at shutdown.</summary>
internal sealed class ApiKeyUsageWriter(ApiKeyUsage usage, IServiceScopeFactory scopes, DatabaseReadiness readiness, ILogger<ApiKeyUsageWriter> logger)
    : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        using var last = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await WriteAsync(last.Token);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var pending = usage.TakePending();
        if (pending.Count == 0)
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            foreach (var (keyId, at) in pending)
            {
                await db.ApiKeys.IgnoreQueryFilters()
                    .Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt < at))
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, at), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A last-use time is a hint, not a record: losing one write is better than retrying forever.
            logger.LogWarning("Writing API keys' last use failed ({Error})", ex.GetType().Name);
        }
    }
}
