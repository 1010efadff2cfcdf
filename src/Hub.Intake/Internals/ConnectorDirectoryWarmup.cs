using Hub.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Intake.Internals;

/// <summary>
/// Loads the connector directory once the database is ready, so that it listens for changes from the start and the
/// first webhook is answered from memory like every other.
/// </summary>
internal sealed class ConnectorDirectoryWarmup(ConnectorDirectory directory, DatabaseReadiness readiness, ILogger<ConnectorDirectoryWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        try
        {
            await directory.FindAsync("", stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal: the first webhook loads it instead.
            logger.LogWarning("Loading the connector directory failed ({Error}); the first webhook will load it", ex.GetType().Name);
        }
    }
}
