using Hub.Storage.Workspaces;

namespace Hub.Users;

/// <summary>
/// A user's role in one workspace. Scoped to the workspace like every workspace's row, so the users API sees only the
/// caller's members; the session looks across a user's workspaces on purpose (<c>IgnoreQueryFilters</c>).
/// </summary>
public sealed class WorkspaceMember : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";

    public required string UserId { get; set; }

    /// <summary>One of <see cref="Hub.Access.AccessRoles.Assignable"/>.</summary>
    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
