using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.Webhook;

public static class WebhookRegistration
{
    /// <summary>The <c>webhook</c> provider type: delivers a channel's messages to an internal system as signed JSON.</summary>
    public static IHostApplicationBuilder AddHubWebhookChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(WebhookProvider.HttpClientName, client =>
            {
                // Each instance has its own timeout, applied per request; the client's would cut every instance at once.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-Webhook/1.0");
            })
            // A redirect would send a signed message where the admin did not point it; 3xx is an answer, not a hop.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // No resilience handler: the job queue retries transient failures with backoff, a second layer would multiply them.
            // No per-request logs: one information line per message is noise at volume.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<IChannelProvider, WebhookProvider>();
        return builder;
    }
}
