using Hub.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.Sandbox;

public static class SandboxRegistration
{
    /// <summary>The sandbox provider, which carries every channel without leaving the machine.</summary>
    public static IHostApplicationBuilder AddHubSandboxChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.AddSingleton<IChannelProvider, SandboxProvider>();
        return builder;
    }
}
