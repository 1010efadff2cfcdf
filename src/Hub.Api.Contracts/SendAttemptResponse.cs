namespace Hub.Api.Contracts;

public sealed record SendAttemptResponse(int Number, string Provider, string Outcome, string? ProviderMessageId, string? Error, DateTimeOffset StartedAt, DateTimeOffset CompletedAt);
