namespace Hub.Api.Contracts;

/// <summary><c>POST /api/v1/api-keys</c>: a key for the caller's workspace.</summary>
public sealed record ApiKeyRequest(string? Name, string? Role);
