using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.LinkMobility;

public static class LinkMobilityRegistration
{
    /// <summary>The <c>linkmobility</c> provider type: SMS through LINK Mobility, with delivery reports and MO messages.</summary>
    public static IHostApplicationBuilder AddHubLinkMobilityChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(LinkMobilityProvider.HttpClientName, client =>
            {
                // Each instance has its own timeout, applied per request; the client's would cut every instance at once.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-LinkMobility/1.0");
            })
            // A redirect would resend the credentials elsewhere; LINK's API does not redirect, so 3xx is an answer.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // No resilience handler: the job queue retries transient failures with backoff, a second layer would multiply them.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<IChannelProvider, LinkMobilityProvider>();
        return builder;
    }
}
