using Hub.Channels;

namespace Hub.Messaging;

/// <summary>Every provider instance and channel route of every workspace, as loaded at one moment; never changed after.</summary>
public sealed class ProviderSnapshot(
    IReadOnlyDictionary<string, (string WorkspaceId, ProviderConfiguration Configuration)> providers,
    IReadOnlyDictionary<(string WorkspaceId, string Channel), ChannelRoute> routes)
{
    public static ProviderSnapshot Empty { get; } = new(
        new Dictionary<string, (string, ProviderConfiguration)>(), new Dictionary<(string, string), ChannelRoute>());

    /// <summary>The configured instance with this id in this workspace (not the built-in sandbox).</summary>
    public ProviderConfiguration? Find(string workspaceId, string providerId) =>
        providers.TryGetValue(providerId, out var entry) && entry.WorkspaceId == workspaceId ? entry.Configuration : null;

    /// <summary>The configured instance with this id in whichever workspace has it (ids are unique across workspaces): a callback names no workspace.</summary>
    public (string WorkspaceId, ProviderConfiguration Configuration)? FindAnywhere(string providerId) =>
        providers.TryGetValue(providerId, out var entry) ? entry : null;

    /// <summary>The channel's ordered provider ids in this workspace, or null when the channel has no route there.</summary>
    public IReadOnlyList<string>? Route(string workspaceId, string channel) => routes.GetValueOrDefault((workspaceId, channel))?.ProviderIds;

    /// <summary>How long a message on the channel may go without a delivery receipt before the send moves on, when the route says.</summary>
    public TimeSpan? ReceiptTimeout(string workspaceId, string channel) =>
        routes.GetValueOrDefault((workspaceId, channel))?.ReceiptTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
