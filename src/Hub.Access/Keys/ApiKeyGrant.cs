namespace Hub.Access.Keys;

/// <summary>What an active API key lets its bearer do: act as <see cref="Name"/> with <see cref="Role"/> in <see cref="WorkspaceId"/>.</summary>
public sealed record ApiKeyGrant(Guid Id, string WorkspaceId, string Name, string Role);
