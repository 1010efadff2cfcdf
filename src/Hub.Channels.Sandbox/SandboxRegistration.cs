using Hub.Contacts;
using Hub.Channels;
using Hub.Channels.Sandbox.Internals;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.Sandbox;

public static class SandboxRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new SandboxModelPart();

    /// <summary>The sandbox provider, which carries every channel without leaving the machine, and its handset table.</summary>
    public static IHostApplicationBuilder AddHubSandboxChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        builder.Services.TryAddSingleton<ISandboxHandset, StoredSandboxHandset>();
        builder.Services.AddSingleton<IChannelProvider, SandboxProvider>();
        builder.Services.AddScoped<IPersonalDataEraser, SandboxDataEraser>();
        return builder;
    }
}
