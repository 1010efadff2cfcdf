using Hub.Channels;

namespace Hub.Messaging;

/// <summary>A provider instance with the plugin of its type: what a message is handed to.</summary>
public sealed record ResolvedProvider(IChannelProvider Type, ProviderConfiguration Configuration)
{
    public string Id => Configuration.Id;
}
