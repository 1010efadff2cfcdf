using Microsoft.Extensions.DependencyInjection;

namespace Hub.Workflows.Simulation;

public static class SimulationRegistration
{
    /// <summary>The simulator; it needs the host's template catalogue (<c>ITemplateCatalog</c>).</summary>
    public static IServiceCollection AddHubWorkflowSimulation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Scoped: it renders with the caller's workspace's published templates.
        services.AddScoped<WorkflowSimulator>();
        return services;
    }
}
