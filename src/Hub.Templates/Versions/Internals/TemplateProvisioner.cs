using Hub.Core.Workspaces;
using Hub.Runtime;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Templates.Versions.Internals;

/// <summary>
/// Stores the files in <c>workflows/templates/</c> as versions of the default workspace at start-up
/// (<see cref="TemplateFileStore"/>: new text becomes a new published version, a stored text changes nothing).
/// </summary>
internal sealed class TemplateProvisioner(
    IServiceScopeFactory scopes,
    TemplateCatalog files,
    TemplateVersions versions,
    DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<TemplateProvisioner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        var published = 0;
        foreach (var template in files.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            if (await TemplateFileStore.StoreAsync(db, WorkspaceIds.Default, template, time.GetUtcNow(), cancellationToken) == true)
            {
                published++;
            }
        }
        versions.MarkProvisioned();
        if (published > 0)
        {
            logger.LogInformation("Published {Count} new template versions from files", published);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
