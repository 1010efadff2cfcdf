namespace Hub.Api.Contracts;

/// <summary>A new key: <see cref="Key"/> is shown here only, never again.</summary>
public sealed record ApiKeyCreatedResponse(Guid Id, string Key, string Name, string Role, string WorkspaceId, DateTimeOffset CreatedAt);
