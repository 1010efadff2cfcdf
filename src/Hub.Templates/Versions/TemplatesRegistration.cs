using Hub.Storage;
using Hub.Templates.Versions.Internals;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Templates.Versions;

public static class TemplatesRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new TemplatesModelPart();

    /// <summary>
    /// Templates versioned in the database: the files (<paramref name="files"/>, loaded once) provisioned as published
    /// versions at start-up, the published ones cached per workspace (<see cref="IWorkspaceTemplates"/>, and the
    /// caller's workspace as <see cref="ITemplateCatalog"/>), drafts, publish and rollback.
    /// </summary>
    public static IServiceCollection AddHubTemplates(this IServiceCollection services, Func<IServiceProvider, TemplateCatalog> files)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHubModelPart(ModelPart);
        services.AddSingleton(files);
        services.AddSingleton<TemplateVersions>();
        services.AddSingleton<IWorkspaceTemplates>(sp => sp.GetRequiredService<TemplateVersions>());
        services.AddScoped<ITemplateCatalog, WorkspaceTemplateCatalog>();
        services.AddScoped<TemplatePublisher>();
        services.AddHostedService<TemplateProvisioner>();
        return services;
    }
}
