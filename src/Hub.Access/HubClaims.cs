namespace Hub.Access;

/// <summary>The claims every authenticated caller carries, whether it came with an API key or a Studio cookie.</summary>
public static class HubClaims
{
    /// <summary>Who acts, as the audit log names it: <c>bootstrap</c>, a key's name, a user's email.</summary>
    public const string Actor = "hub:actor";

    /// <summary>One of <see cref="AccessRoles"/>.</summary>
    public const string Role = "hub:role";

    /// <summary>The workspace the request acts in.</summary>
    public const string Workspace = "hub:workspace";

    /// <summary>The API key's id, when the caller came with one (for per-key limits and last use).</summary>
    public const string KeyId = "hub:key";

    /// <summary>The user's id, when the caller signed in.</summary>
    public const string UserId = "hub:user";
}
