using Hub.Runtime.Events;
using Hub.Runtime.Internals;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Runtime;

public static class RuntimeRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new RuntimeModelPart();

    /// <summary>The durable queue, its dispatcher (when this process works jobs), database readiness and the SQLite write gate.</summary>
    public static IHostApplicationBuilder AddHubRuntime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHubModelPart(ModelPart);
        services.AddOptions<JobQueueOptions>().BindConfiguration(JobQueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DispatcherOptions>().BindConfiguration(DispatcherOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DatabaseReadiness>();
        services.TryAddSingleton<JobSignal>();
        services.TryAddSingleton<JobWakeups>();
        services.TryAddSingleton<SqliteWriteGate>();
        services.AddScoped<JobQueue>();
        services.TryAddSingleton<RateLimits.SharedRateLimiter>();
        services.AddScoped<EventStore>();
        services.AddScoped<Idempotency.IdempotencyKeys>();
        services.AddScoped<IJobHandler, RouteEventHandler>();
        services.AddSingleton<JobBatchRunner>();
        services.AddHostedService<JobDispatcher>();
        return builder;
    }
}
