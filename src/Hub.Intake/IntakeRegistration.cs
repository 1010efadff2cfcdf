using Hub.Contacts;
using Hub.Connectors;
using Hub.Core.Outbound;
using Hub.Intake.Internals;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Hub.Intake;

public static class IntakeRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new IntakeModelPart();

    /// <summary>Webhook intake (cached connectors, group commit), the ingest job and events posted by internal apps.</summary>
    public static IHostApplicationBuilder AddHubIntake(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHubModelPart(ModelPart);
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IPersonalDataEraser, InboundRequestDataEraser>();
        services.AddSingleton<ConnectorSecrets>();
        services.AddSingleton<ConnectorDirectory>();
        services.AddHostedService<ConnectorDirectoryWarmup>();
        services.AddSingleton<InboundCommitter>();
        services.AddHostedService(s => s.GetRequiredService<InboundCommitter>());
        services.AddScoped<IInboundGroupWriter>(s => s.GetRequiredService<HubDbContext>().IsSqlite
            ? ActivatorUtilities.CreateInstance<SqliteInboundGroupWriter>(s)
            : ActivatorUtilities.CreateInstance<PostgresInboundGroupWriter>(s));
        services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpEnrichmentClient.ClientName, client =>
            {
                // Lookups answer with one resource; anything much larger is a mistake in the spec's URL.
                client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-Enrichment/1.0");
            })
            // A failed lookup is recorded on its inbound request (lastError) and retried by the queue; the factory's
            // own logging would add a stack trace per failure, at Information, that a source's outage repeats endlessly.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttpHandler.Create(OutboundPolicy.From(sp.GetRequiredService<IOptions<OutboundOptions>>().Value)))
            .AddStandardResilienceHandler(o =>
            {
                // A refused address stays refused: retrying it only delays the error, and it says nothing about the source's health.
                o.Retry.ShouldHandle = a => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(a.Outcome) && OutboundRefusedException.FindIn(a.Outcome.Exception) is null);
                o.CircuitBreaker.ShouldHandle = a => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(a.Outcome) && OutboundRefusedException.FindIn(a.Outcome.Exception) is null);
            });
        services.TryAddSingleton<IEnrichmentClient, HttpEnrichmentClient>();
        services.AddSingleton<WebhookReceiver>();
        services.AddScoped<EventPublisher>();
        services.AddScoped<IJobHandler, IngestHandler>();
        return builder;
    }
}
