namespace Hub.Access;

/// <summary>
/// What a caller may do in its workspace, each role including the ones before it: <c>viewer</c> reads (message bodies
/// and personal data masked), <c>editor</c> also changes workflows, templates and connectors' non-secret settings,
/// <c>admin</c> everything in its workspace (secrets, providers, keys, users), <c>owner</c> every workspace.
/// </summary>
public static class AccessRoles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";
    public const string Owner = "owner";

    /// <summary>The roles a key or a workspace member can be given (owners come from configuration).</summary>
    public static IReadOnlyList<string> Assignable { get; } = [Viewer, Editor, Admin];

    public static bool IsAssignable(string? role) => role is Viewer or Editor or Admin;

    public static bool IsKnown(string? role) => Rank(role) > 0;

    /// <summary>Whether <paramref name="role"/> includes <paramref name="required"/>.</summary>
    public static bool Includes(string? role, string required) => Rank(role) >= Rank(required) && Rank(required) > 0;

    private static int Rank(string? role) => role switch
    {
        Viewer => 1,
        Editor => 2,
        Admin => 3,
        Owner => 4,
        _ => 0,
    };
}
