using Hub.Channels;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Internals;

internal sealed class ChannelProviderResolver(IEnumerable<IChannelProvider> providers, IOptions<ChannelOptions> options)
    : IChannelProviderResolver
{
    private readonly Dictionary<string, IChannelProvider> _byName =
        providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IChannelProvider ForChannel(string channel)
    {
        var name = options.Value.Providers.GetValueOrDefault(channel) ?? options.Value.DefaultProvider;
        var provider = ByName(name)
            ?? throw new InvalidOperationException($"Channel '{channel}' is configured with provider '{name}', which is not registered.");
        return provider.Supports(channel)
            ? provider
            : throw new InvalidOperationException($"Provider '{name}' does not carry channel '{channel}'.");
    }

    public IChannelProvider? ByName(string providerName) => _byName.GetValueOrDefault(providerName);
}
