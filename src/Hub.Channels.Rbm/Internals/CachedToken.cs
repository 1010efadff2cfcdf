namespace Hub.Channels.Rbm.Internals;

/// <summary>An access token and when to fetch the next one (before it expires).</summary>
internal sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
