using Hub.Storage;
using Hub.Runtime;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Stores the text of every loaded workflow version at start-up, so that each instance's <c>workflow_version</c>
/// names a definition that can still be read after the file has changed. Nodes starting together may race to
/// insert the same version; the primary key keeps one and the loser moves on.
/// </summary>
internal sealed class WorkflowVersionRecorder(
    IServiceScopeFactory scopes,
    IWorkflowCatalog workflows,
    DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<WorkflowVersionRecorder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var recorded = 0;
        foreach (var workflow in workflows.All)
        {
            if (await db.WorkflowDefinitions.AnyAsync(d => d.WorkflowId == workflow.Id && d.Version == workflow.Version, cancellationToken))
            {
                continue;
            }
            db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord
            {
                WorkflowId = workflow.Id,
                Version = workflow.Version,
                Name = workflow.Name,
                Source = workflow.File is { } file && File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : "",
                CreatedAt = time.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                recorded++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another node stored this version first
            }
        }
        logger.LogInformation("Recorded {Count} new workflow versions", recorded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
