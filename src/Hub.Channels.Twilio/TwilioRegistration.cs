using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.Twilio;

public static class TwilioRegistration
{
    /// <summary>The <c>twilio</c> provider type: SMS through Twilio, with status callbacks and incoming messages.</summary>
    public static IHostApplicationBuilder AddHubTwilioChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProviderHttpClient(TwilioProvider.HttpClientName, "Hub-Twilio/1.0");
        builder.Services.AddSingleton<IChannelProvider, TwilioProvider>();
        return builder;
    }
}
