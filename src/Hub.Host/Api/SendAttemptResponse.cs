using Hub.Storage.Entities;

namespace Hub.Host.Api;

public sealed record SendAttemptResponse(int Number, string Provider, string Outcome, string? ProviderMessageId, string? Error, DateTimeOffset StartedAt, DateTimeOffset CompletedAt)
{
    public static SendAttemptResponse From(SendAttempt a) => new(a.Number, a.Provider, a.Outcome, a.ProviderMessageId, a.Error, a.StartedAt, a.CompletedAt);
}
