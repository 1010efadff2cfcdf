namespace Hub.Api.Contracts;

/// <summary>A key as lists show it: its first characters, never the key.</summary>
public sealed record ApiKeyResponse(
    Guid Id, string Name, string Role, string Prefix, string WorkspaceId, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
