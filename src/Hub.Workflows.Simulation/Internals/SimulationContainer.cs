using Hub.Messaging;
using Hub.Runtime;
using Hub.Storage;
using Hub.Storage.Notifications;
using Hub.Storage.Workspaces;
using Hub.Templates;
using Hub.Workflows.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// The services of one simulation, made by the same registration calls the host makes (<c>AddHubRuntime</c>,
/// <c>AddHubWorkflows</c>), so that the engine's consumer, job handler, runner and activities are the real ones.
/// Replaced: the clock (virtual), the database (in memory), sending (recorded) and HTTP (stubbed). The host's
/// background services are registered but never started; the run drives the queue itself.
/// </summary>
internal static class SimulationContainer
{
    public static ServiceProvider Build(SqliteConnection connection, VirtualClock clock, ITemplateCatalog templates, StubbedHttpHandler http)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Simulation" });
        var services = builder.Services;
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IChangeNotifications, InProcessChangeNotifications>();
        services.AddSingleton(templates);
        // Only the provisioner (never started) asks for the files: the run stores its one version itself.
        services.AddSingleton<IWorkflowCatalog>(new WorkflowCatalog([]));
        services.AddHubModelPart(SimulationModelPart.Instance);
        // Options made here, not through AddDbContext: they do not capture this container, so EF Core keeps one
        // internal service provider (and one model) for every simulation instead of one per run.
        var options = new DbContextOptionsBuilder<HubDbContext>()
            .UseSqlite(connection)
            .ReplaceService<IModelCacheKeyFactory, SimulationModelCacheKeyFactory>()
            .Options;
        services.AddScoped(sp => new HubDbContext(options, sp.GetServices<IHubModelPart>(), sp.GetRequiredService<WorkspaceScope>()));

        builder.AddHubRuntime();
        builder.AddHubWorkflows();

        services.RemoveAll<ISendRequests>();
        services.AddScoped<ISendRequests, SimulatedSends>();
        services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = http));
        return services.BuildServiceProvider();
    }
}
