namespace Hub.Api.Contracts;

/// <summary>
/// A channel and the provider instances that carry it, in order; the first one sends, the next ones take over when
/// it refuses a message or its circuit is open. <see cref="IsDefault"/> is true when the workspace set no route and
/// the configured default (<c>Hub:Channels:Providers</c>, else <c>sandbox</c>) applies.
/// </summary>
public sealed record ChannelResponse(string Channel, IReadOnlyList<string> Providers, bool IsDefault, DateTimeOffset? UpdatedAt,
    int? ReceiptTimeoutSeconds = null);
