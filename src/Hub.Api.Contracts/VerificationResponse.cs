namespace Hub.Api.Contracts;

/// <summary>A verification: <c>pending</c>, <c>approved</c>, <c>expired</c> or <c>locked</c>. Never its code.</summary>
public sealed record VerificationResponse(Guid Id, string Status, DateTimeOffset ExpiresAt);
