namespace Hub.Api.Contracts;

/// <summary>Body of <c>PUT /api/v1/contacts/{id}/consent</c>: <c>{"channel": "sms", "purpose": "marketing", "state": "opted_out", "evidence": "..."}</c>.</summary>
public sealed record ContactConsentRequest(string? Channel, string? Purpose, string? State, string? Evidence, DateTimeOffset? OccurredAt);
