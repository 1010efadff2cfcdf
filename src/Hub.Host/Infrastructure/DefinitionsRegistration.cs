using Hub.Events;
using Hub.Connectors;
using Hub.Templates;
using Hub.Templates.Versions;
using Hub.Workflows;
using Microsoft.Extensions.Options;

namespace Hub.Host.Infrastructure;

internal static class DefinitionsRegistration
{
    /// <summary>
    /// Loads connector specs, workflows and templates once at start-up. A file with an error stops the start
    /// with every error listed (file, line, field), rather than running with half the definitions.
    /// </summary>
    public static WebApplicationBuilder AddHubDefinitions(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
        var root = builder.Environment.ContentRootPath;
        // Resolved when the catalogues load (inside the host's run), so that a missing folder is one clear line and exit code 1.
        string Connectors() => ContentPaths.Resolve(options.ConnectorsPath, root);
        string Workflows() => ContentPaths.Resolve(options.WorkflowsPath, root);
        string Templates() => options.TemplatesPath is null ? Path.Combine(Workflows(), "templates") : ContentPaths.Resolve(options.TemplatesPath, root);

        builder.Services.AddSingleton<IEventCatalog>(EventCatalog.Default);
        builder.Services.AddSingleton<IConnectorCatalog>(_ => ConnectorCatalog.LoadDirectory(Connectors()));
        builder.Services.AddSingleton<IWorkflowCatalog>(services =>
        {
            var catalog = WorkflowCatalog.LoadDirectory(Workflows());
            var templateCatalog = services.GetRequiredService<TemplateCatalog>();
            var events = services.GetRequiredService<IEventCatalog>();
            var errors = catalog.CheckTemplates(id => templateCatalog.Find(id)?.Channels)
                .Concat(catalog.CheckEventFields(events.DeclaresField))
                .Concat(catalog.CheckTemplateFields(id => templateCatalog.Find(id)?.Reads, events.DeclaresField))
                .ToList();
            return errors.Count == 0 ? catalog : throw new WorkflowSpecException(errors);
        });
        builder.Services.AddHubTemplates(_ => TemplateCatalog.LoadDirectory(Templates()));
        builder.Services.AddHostedService<DefinitionsLoader>();
        return builder;
    }

    /// <summary>Resolving the catalogues during start-up makes a bad file fail the start, not the first webhook.</summary>
    private sealed class DefinitionsLoader(IServiceProvider services, ILogger<DefinitionsLoader> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var connectors = services.GetRequiredService<IConnectorCatalog>();
            var workflows = services.GetRequiredService<IWorkflowCatalog>();
            var templates = services.GetRequiredService<TemplateCatalog>();
            logger.LogInformation("Loaded {Connectors} connector types, {Workflows} workflows, {Templates} templates",
                connectors.All.Count, workflows.All.Count, templates.All.Count);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
