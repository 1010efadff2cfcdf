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
        builder.Services.AddProviderHttpClient(LinkMobilityProvider.HttpClientName, "Hub-LinkMobility/1.0");
        builder.Services.AddSingleton<IChannelProvider, LinkMobilityProvider>();
        return builder;
    }
}
