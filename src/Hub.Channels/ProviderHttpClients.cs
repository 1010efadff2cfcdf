using Microsoft.Extensions.DependencyInjection;

namespace Hub.Channels;

/// <summary>The one way an HTTP provider type registers its named client, so that every provider calls out the same way.</summary>
public static class ProviderHttpClients
{
    public static IServiceCollection AddProviderHttpClient(this IServiceCollection services, string name, string userAgent)
    {
        services.AddHttpClient(name, client =>
            {
                // Each instance has its own timeout, applied per request (ProviderHttp); the client's would cut every instance at once.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            })
            // A redirect would resend credentials or a signed message where the admin did not point it; 3xx is an answer, not a hop.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // No resilience handler: the job queue retries transient failures with backoff, a second layer would multiply them.
            // No per-request logs: one information line per message is noise at volume.
            .RemoveAllLoggers();
        return services;
    }
}
