using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Applies migrations at start-up, retrying while the database is unreachable. It blocks the start of the hosted
/// services registered after it (Data Protection's key ring loader, the dispatcher) but not Kestrel, which starts
/// first: <c>/health/live</c> answers and <c>/health/ready</c> says 503 until this succeeds.
/// EF Core's migration lock keeps nodes that start together safe.
/// </summary>
internal sealed class DatabaseMigrator(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                if (options.Value.MigrateOnStartup)
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }
                if (db.IsSqlite)
                {
                    // WAL lets webhook intake write while workers read.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
                readiness.MarkMigrated();
                logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Database not ready yet ({Error}); retrying in {Delay}", ex.GetType().Name, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
