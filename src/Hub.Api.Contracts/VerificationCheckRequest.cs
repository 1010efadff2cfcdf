namespace Hub.Api.Contracts;

/// <summary>Body of <c>POST /api/v1/verifications/{id}/check</c>.</summary>
public sealed record VerificationCheckRequest(string? Code);
