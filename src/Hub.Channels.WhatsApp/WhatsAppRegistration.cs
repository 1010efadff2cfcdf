using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.WhatsApp;

public static class WhatsAppRegistration
{
    /// <summary>The <c>whatsapp</c> provider type: WhatsApp messages through Meta's Cloud API, with its webhooks at <c>/providers/{id}/webhook</c>.</summary>
    public static IHostApplicationBuilder AddHubWhatsAppChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(WhatsAppProvider.HttpClientName, client =>
            {
                // Each instance has its own timeout, applied per request; the client's would cut every instance at once.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-WhatsApp/1.0");
            })
            // A redirect would carry the Bearer token somewhere the admin did not point it; 3xx is an answer, not a hop.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // No resilience handler: the job queue retries transient failures with backoff, a second layer would multiply them.
            // No per-request logs: one information line per message is noise at volume.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<IChannelProvider, WhatsAppProvider>();
        return builder;
    }
}
