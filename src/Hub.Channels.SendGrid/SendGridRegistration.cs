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
        builder.Services.AddProviderHttpClient(SendGridProvider.HttpClientName, "Hub-SendGrid/1.0");
        builder.Services.AddSingleton<IChannelProvider, SendGridProvider>();
        return builder;
    }
}
