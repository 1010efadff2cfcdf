using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.SendGrid;

public static class SendGridRegistration
{
    /// <summary>The <c>sendgrid</c> provider type: email through SendGrid's v3 Mail Send API, receipts from its signed Event Webhook.</summary>
    public static IHostApplicationBuilder AddHubSendGridChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(SendGridProvider.HttpClientName, client =>
            {
                // Each instance has its own timeout, applied per request; the client's would cut every instance at once.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-SendGrid/1.0");
            })
            // A redirect would carry the API key somewhere the admin did not point it.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // No resilience handler: the job queue retries transient failures with backoff, a second layer would multiply them.
            // No per-request logs: one information line per message is noise at volume.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<IChannelProvider, SendGridProvider>();
        return builder;
    }
}
