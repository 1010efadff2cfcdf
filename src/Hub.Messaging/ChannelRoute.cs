using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>The ordered provider instances of one channel in one workspace (<c>PUT /api/v1/channels/{channel}</c>).</summary>
public sealed class ChannelRoute : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string Channel { get; set; }

    /// <summary>Provider instance ids in order, comma-separated (ids cannot hold a comma); the first carries the channel.</summary>
    public required string Providers { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> ProviderIds => Providers.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
