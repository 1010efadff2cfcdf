using Hub.Channels;

namespace Hub.Messaging;

/// <summary>Which provider instance carries a channel, from the cached instances and routes (never the database per message).</summary>
public interface IChannelProviderResolver
{
    /// <summary>Every registered provider type.</summary>
    IReadOnlyCollection<IChannelProvider> Types { get; }

    IChannelProvider? FindType(string type);

    /// <summary>
    /// The instance carrying <paramref name="channel"/> in the workspace: the first provider of the channel's route,
    /// else <c>Hub:Channels:Providers:{channel}</c>, else <c>Hub:Channels:DefaultProvider</c> (the built-in
    /// <c>sandbox</c>). Throws when that instance or its type is unknown, or the type cannot carry the channel.
    /// </summary>
    ResolvedProvider ForChannel(string workspaceId, string channel);

    /// <summary>The instance ids that carry <paramref name="channel"/> in order, and whether they are the default (no route set).</summary>
    (IReadOnlyList<string> Providers, bool IsDefault) RouteOf(string workspaceId, string channel);

    /// <summary>The receipt timeout of the channel in the workspace: its route's, else <c>Hub:Channels:ReceiptTimeouts:{channel}</c>, else none.</summary>
    TimeSpan? ReceiptTimeoutOf(string workspaceId, string channel);

    /// <summary>An instance by id in whichever workspace has it, with that workspace: for callbacks, which name no workspace.</summary>
    (string WorkspaceId, ResolvedProvider Provider)? ByIdAnywhere(string providerId);

    /// <summary>An instance by id (the built-in <c>sandbox</c> included), for messages queued with it; null when it is gone or its type is not registered here.</summary>
    ResolvedProvider? ById(string workspaceId, string providerId);
}
