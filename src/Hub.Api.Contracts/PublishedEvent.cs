namespace Hub.Api.Contracts;

/// <summary>The id Hub gave a posted event, and whether it was a resend of one already stored.</summary>
public sealed record PublishedEvent(string Id, bool Duplicate);
