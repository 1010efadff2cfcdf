namespace Hub.Api.Contracts;

/// <summary>The answer to a check: <c>approved</c>, <c>denied</c>, <c>expired</c> or <c>locked</c>.</summary>
public sealed record VerificationCheckResponse(string Status);
