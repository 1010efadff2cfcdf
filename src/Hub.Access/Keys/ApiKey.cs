using Hub.Storage.Workspaces;

namespace Hub.Access.Keys;

/// <summary>
/// An API key of a workspace. The key itself is shown once, when created; only its SHA-256 is stored (a key is 256
/// random bits, so a fast hash is as strong as a slow one and costs nothing per request) and its first characters,
/// so that a person can tell keys apart.
/// </summary>
public sealed class ApiKey : IWorkspaceOwned
{
    public Guid Id { get; set; }

    public string WorkspaceId { get; set; } = "";

    public required string Name { get; set; }

    /// <summary>One of <see cref="AccessRoles.Assignable"/>.</summary>
    public required string Role { get; set; }

    /// <summary>The key's first characters (<c>hub_AbCd</c>), for lists.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, lower-case hex.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who created it (an actor, as the audit log names it).</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>When it last authenticated a request, to the minute (written in the background, not per request).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
