using Hub.Core.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels;

public static class ChannelsRegistration
{
    /// <summary>Registers channel routing and the sandbox provider; real providers add themselves with their own call.</summary>
    public static IHostApplicationBuilder AddHubChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.AddSingleton<IChannelProvider, SandboxProvider>();
        builder.Services.AddSingleton<IChannelProviderResolver, ChannelProviderResolver>();
        return builder;
    }
}
