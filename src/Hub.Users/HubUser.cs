using Microsoft.AspNetCore.Identity;

namespace Hub.Users;

/// <summary>
/// A person who signs in to the Studio: an ASP.NET Core Identity user (email as user name, hashed password, lockout),
/// a member of workspaces (<see cref="WorkspaceMember"/>) or, when <see cref="IsOwner"/>, an owner of every workspace.
/// </summary>
public sealed class HubUser : IdentityUser
{
    /// <summary>Owners come from configuration (<c>Hub:Owner</c>), never from the API.</summary>
    public bool IsOwner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
