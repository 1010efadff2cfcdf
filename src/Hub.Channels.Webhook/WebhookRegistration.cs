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
        builder.Services.AddProviderHttpClient(WebhookProvider.HttpClientName, "Hub-Webhook/1.0");
        builder.Services.AddSingleton<IChannelProvider, WebhookProvider>();
        return builder;
    }
}
