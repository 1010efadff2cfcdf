using Hub.Channels;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Internals;

internal sealed class ChannelProviderResolver(IEnumerable<IChannelProvider> types, ProviderDirectory directory, IOptions<ChannelOptions> options)
    : IChannelProviderResolver
{
    private readonly Dictionary<string, IChannelProvider> _types = types.ToDictionary(p => p.Type, StringComparer.Ordinal);
    private readonly ProviderConfiguration _sandbox = ProviderConfiguration.Create(BuiltInProviders.Sandbox, BuiltInProviders.Sandbox);

    public IReadOnlyCollection<IChannelProvider> Types => _types.Values;

    public IChannelProvider? FindType(string type) => _types.GetValueOrDefault(type);

    public ResolvedProvider ForChannel(string workspaceId, string channel)
    {
        var id = RouteOf(workspaceId, channel).Providers[0];
        var provider = ById(workspaceId, id)
            ?? throw new InvalidOperationException($"Channel '{channel}' is carried by provider '{id}', which is not configured in workspace '{workspaceId}' or whose type is not registered.");
        return provider.Type.Supports(channel)
            ? provider
            : throw new InvalidOperationException($"Provider '{id}' ({provider.Type.Type}) does not carry channel '{channel}'.");
    }

    public (IReadOnlyList<string> Providers, bool IsDefault) RouteOf(string workspaceId, string channel)
    {
        if (directory.Current.Route(workspaceId, channel) is { Count: > 0 } route)
        {
            return (route, false);
        }
        var configured = options.Value.Providers.GetValueOrDefault(channel) ?? options.Value.DefaultProvider;
        return ([configured], true);
    }

    public ResolvedProvider? ById(string workspaceId, string providerId)
    {
        var configuration = BuiltInProviders.IsBuiltIn(providerId) ? _sandbox : directory.Current.Find(workspaceId, providerId);
        return configuration is not null && _types.TryGetValue(configuration.Type, out var type) ? new ResolvedProvider(type, configuration) : null;
    }

    public TimeSpan? ReceiptTimeoutOf(string workspaceId, string channel) =>
        directory.Current.ReceiptTimeout(workspaceId, channel)
        ?? (options.Value.ReceiptTimeouts.TryGetValue(channel, out var timeout) ? timeout : null);

    public (string WorkspaceId, ResolvedProvider Provider)? ByIdAnywhere(string providerId)
    {
        if (directory.Current.FindAnywhere(providerId) is not { } entry || !_types.TryGetValue(entry.Configuration.Type, out var type))
        {
            return null;
        }
        return (entry.WorkspaceId, new ResolvedProvider(type, entry.Configuration));
    }
}
