using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.Rbm;

public static class RbmRegistration
{
    /// <summary>The <c>rbm</c> provider type: RCS messages through Google RCS Business Messaging, with its webhook at <c>/providers/{id}/webhook</c>.</summary>
    public static IHostApplicationBuilder AddHubRbmChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProviderHttpClient(RbmProvider.HttpClientName, "Hub-RBM/1.0");
        builder.Services.AddSingleton<IChannelProvider, RbmProvider>();
        return builder;
    }
}
