namespace Hub.Users;

/// <summary>
/// Bound from <c>Hub:Owner</c>: the first owner, created at start when no user has this email (an existing user is
/// made an owner, its password left as it is). Owners are owners of every workspace.
/// </summary>
public sealed class OwnerOptions
{
    public const string Section = "Hub:Owner";

    public string? Email { get; set; }

    public string? Password { get; set; }
}
