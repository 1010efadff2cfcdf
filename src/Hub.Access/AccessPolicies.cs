namespace Hub.Access;

/// <summary>
/// Authorization policy names for route groups: the role a request needs to read (GET, HEAD) and the role it needs to
/// change anything (every other method). Set once on a group with <c>RequireAuthorization(AccessPolicies.For(...))</c>;
/// <see cref="Internals.AccessPolicyProvider"/> builds the policy from its name.
/// </summary>
public static class AccessPolicies
{
    internal const string Prefix = "hub-access:";

    /// <summary>Reads need <paramref name="read"/>, changes need <paramref name="write"/>.</summary>
    public static string For(string read, string write) => $"{Prefix}{read}:{write}";

    /// <summary>Every method needs <paramref name="role"/>.</summary>
    public static string Only(string role) => For(role, role);

    /// <summary>Viewers read, editors change: workflows, templates, connectors' mappings, simulations.</summary>
    public static string ReadEdit { get; } = For(AccessRoles.Viewer, AccessRoles.Editor);

    /// <summary>Viewers read, admins change: providers, channels, consent policy, contacts' consent.</summary>
    public static string ReadAdmin { get; } = For(AccessRoles.Viewer, AccessRoles.Admin);

    /// <summary>Admins only: API keys, users.</summary>
    public static string Admin { get; } = Only(AccessRoles.Admin);

    /// <summary>Owners only: workspaces.</summary>
    public static string Owner { get; } = Only(AccessRoles.Owner);
}
