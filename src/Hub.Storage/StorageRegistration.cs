using Hub.Storage.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Storage;

public static class StorageRegistration
{
    /// <summary>Adds a module's entities to the model (one call per module, from its own registration).</summary>
    public static IServiceCollection AddHubModelPart(this IServiceCollection services, IHubModelPart part)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(part);
        services.TryAddScoped<WorkspaceScope>();
        return services;
    }
}
