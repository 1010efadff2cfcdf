namespace Hub.Api.Contracts;

/// <summary>The answer to a stored webhook: its request id, and whether it was a redelivery of one already stored.</summary>
public sealed record WebhookAccepted(Guid RequestId, bool Duplicate);
