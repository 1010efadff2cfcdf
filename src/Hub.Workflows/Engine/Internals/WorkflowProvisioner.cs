using Hub.Core.Workspaces;
using Hub.Runtime;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Stores the files in <c>workflows/</c> as versions of the default workspace at start-up (<see cref="WorkflowFileStore"/>:
/// new text becomes a new published version, a stored text changes nothing, so a restart never undoes a rollback).
/// Nodes starting together may race to store the same version; the key keeps one and the loser reads again.
/// </summary>
internal sealed class WorkflowProvisioner(
    IServiceScopeFactory scopes,
    IWorkflowCatalog files,
    WorkflowVersions versions,
    DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<WorkflowProvisioner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        var published = 0;
        foreach (var workflow in files.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            if (await WorkflowFileStore.StoreAsync(db, WorkspaceIds.Default, workflow, time.GetUtcNow(), cancellationToken) is { IsNew: true })
            {
                published++;
            }
        }
        versions.MarkProvisioned();
        if (published > 0)
        {
            logger.LogInformation("Published {Count} new workflow versions from files", published);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
