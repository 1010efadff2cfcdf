using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Host.Infrastructure;

/// <summary>Ready means migrated and reachable now.</summary>
internal sealed class DatabaseHealthCheck(HubDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsMigrated)
        {
            return HealthCheckResult.Unhealthy("The database has not been migrated yet.");
        }
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database is unreachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database is unreachable ({ex.GetType().Name}).");
        }
    }
}
