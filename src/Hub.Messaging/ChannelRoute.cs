using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>The ordered provider instances of one channel in one workspace (<c>PUT /api/v1/channels/{channel}</c>).</summary>
public sealed class ChannelRoute : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string Channel { get; set; }

    /// <summary>Provider instance ids in order, comma-separated (ids cannot hold a comma); the first carries the channel.</summary>
    public required string Providers { get; set; }

    /// <summary>
    /// Receipt-driven fallback: a message on this channel with no delivery receipt this many seconds after it was
    /// sent moves on to the send's next channel (RCS not delivered in 10 minutes → SMS). Null: wait for receipts.
    /// </summary>
    public int? ReceiptTimeoutSeconds { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> ProviderIds => Providers.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
