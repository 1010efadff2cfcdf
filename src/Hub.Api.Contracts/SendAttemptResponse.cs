namespace Hub.Api.Contracts;

/// <summary>One call to a provider: what it answered (HTTP status, its own error code) and how long it took.</summary>
public sealed record SendAttemptResponse(int Number, string Provider, string Outcome, string? ProviderMessageId, string? Error,
    DateTimeOffset StartedAt, DateTimeOffset CompletedAt, int? HttpStatus = null, string? ErrorCode = null, double? DurationMs = null);
