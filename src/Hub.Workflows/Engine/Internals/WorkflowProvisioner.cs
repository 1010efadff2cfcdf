using Hub.Core.Workspaces;
using Hub.Runtime;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Stores the files in <c>workflows/</c> as versions of the default workspace at start-up: a file whose text is not
/// a stored version yet becomes a new, published version; a text already stored (an older version that was rolled
/// back to, or the same file on another node) changes nothing, so a restart never undoes a rollback.
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
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                var stored = await db.WorkflowDefinitions.IgnoreQueryFilters()
                    .Where(d => d.WorkspaceId == WorkspaceIds.Default && d.WorkflowId == workflow.Id)
                    .Select(d => new { d.Version, d.Number })
                    .ToListAsync(cancellationToken);
                if (stored.Any(d => d.Version == workflow.Version))
                {
                    break;
                }
                var now = time.GetUtcNow();
                db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord
                {
                    WorkspaceId = WorkspaceIds.Default,
                    WorkflowId = workflow.Id,
                    Version = workflow.Version,
                    Number = stored.Count == 0 ? 1 : stored.Max(d => d.Number) + 1,
                    Name = workflow.Name,
                    Source = workflow.Source ?? "",
                    CreatedAt = now,
                    PublishedAt = now,
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    published++;
                    break;
                }
                catch (DbUpdateException)
                {
                    // Another node stored a version (this one, or took the number) first: look again.
                }
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
