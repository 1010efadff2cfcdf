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
        builder.Services.AddProviderHttpClient(WhatsAppProvider.HttpClientName, "Hub-WhatsApp/1.0");
        builder.Services.AddSingleton<IChannelProvider, WhatsAppProvider>();
        return builder;
    }
}
