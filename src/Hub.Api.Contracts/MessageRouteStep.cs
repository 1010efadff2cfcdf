namespace Hub.Api.Contracts;

/// <summary>One channel a send tried, in order: its message, where it ended, and why the send moved on from it.</summary>
public sealed record MessageRouteStep(Guid MessageId, string Channel, string Provider, string Status, string? MovedOnReason, DateTimeOffset CreatedAt);
