using Hub.Connectors;
using Hub.Core.Outbound;
using Hub.Pipeline.Delivery;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Jobs;
using Hub.Pipeline.Routing;
using Hub.Storage;
using Hub.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

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
        services.TryAddSingleton<SqliteWriteGate>();
        services.AddScoped<JobQueue>();
        services.AddSingleton<ConnectorSecrets>();
        services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpEnrichmentClient.ClientName, client =>
            {
                // Lookups answer with one resource; anything much larger is a mistake in the spec's URL.
                client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-Enrichment/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttpHandler.Create(OutboundPolicy.From(sp.GetRequiredService<IOptions<OutboundOptions>>().Value)))
            .AddStandardResilienceHandler(o =>
            {
                // A refused address stays refused: retrying it only delays the error, and it says nothing about the source's health.
                o.Retry.ShouldHandle = a => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(a.Outcome) && OutboundRefusedException.FindIn(a.Outcome.Exception) is null);
                o.CircuitBreaker.ShouldHandle = a => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(a.Outcome) && OutboundRefusedException.FindIn(a.Outcome.Exception) is null);
            });
        services.TryAddSingleton<IEnrichmentClient, HttpEnrichmentClient>();
        services.AddScoped<WebhookReceiver>();
        services.AddScoped<Publishing.EventPublisher>();
        services.AddSingleton<MessageComposer>();
        services.AddScoped<IJobHandler, IngestHandler>();
        services.AddScoped<IJobHandler, RouteEventHandler>();
        services.AddScoped<IJobHandler, SendMessageHandler>();
        services.AddHostedService<WorkflowVersionRecorder>();
        services.AddHostedService<JobDispatcher>();
        return builder;
    }
}
