namespace Hub.Api.Contracts;

/// <summary>Body of <c>PUT /api/v1/channels/{channel}</c>: provider instance ids in order; an empty list goes back to the default.</summary>
public sealed record ChannelRequest(IReadOnlyList<string>? Providers);
