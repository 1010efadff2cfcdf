namespace Hub.IntegrationTests.Channels.LinkMobility;

/// <summary>One injected failure of LINK's send endpoint: an HTTP status and body, after a delay, with a Retry-After.</summary>
public sealed record LinkFault(int Status, string? Body = null, TimeSpan Delay = default, string? RetryAfter = null);
