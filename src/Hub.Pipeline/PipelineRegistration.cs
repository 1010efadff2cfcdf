using Hub.Pipeline.Delivery;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Jobs;
using Hub.Pipeline.Routing;
using Hub.Storage;
using Hub.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Pipeline;

public static class PipelineRegistration
{
    /// <summary>Webhook intake, the job dispatcher and the ingest → route → send handlers.</summary>
    public static IHostApplicationBuilder AddHubPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobQueueOptions>().BindConfiguration(JobQueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DispatcherOptions>().BindConfiguration(DispatcherOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DatabaseReadiness>();
        services.AddSingleton<JobSignal>();
        services.AddScoped<JobQueue>();
        services.AddSingleton<ConnectorSecrets>();
        services.AddScoped<WebhookReceiver>();
        services.AddSingleton<MessageComposer>();
        services.AddScoped<IJobHandler, IngestHandler>();
        services.AddScoped<IJobHandler, RouteEventHandler>();
        services.AddScoped<IJobHandler, SendMessageHandler>();
        services.AddHostedService<JobDispatcher>();
        return builder;
    }
}
