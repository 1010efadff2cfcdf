namespace Hub.Api.Contracts;

/// <summary>
/// A channel and the provider instances that carry it, in order; the first one sends. <see cref="IsDefault"/> is true
/// when the workspace set no route and the configured default (<c>Hub:Channels:Providers</c>, else <c>sandbox</c>) applies.
/// </summary>
public sealed record ChannelResponse(string Channel, IReadOnlyList<string> Providers, bool IsDefault, DateTimeOffset? UpdatedAt);
