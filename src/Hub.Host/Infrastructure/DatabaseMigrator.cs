using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Applies migrations at start-up, retrying while the database is unreachable so that Hub can start before its
/// database; readiness stays false until this succeeds. EF Core's migration lock keeps concurrent nodes safe.
/// </summary>
internal sealed class DatabaseMigrator(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                if (options.Value.MigrateOnStartup)
                {
                    await db.Database.MigrateAsync(stoppingToken);
                }
                if (db.IsSqlite)
                {
                    // WAL lets webhook intake write while workers read; synchronous=FULL keeps every commit on disk.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", stoppingToken);
                }
                readiness.MarkMigrated();
                logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Database not ready yet ({Error}); retrying in {Delay}", ex.GetType().Name, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }
}
