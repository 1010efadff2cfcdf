using System.Security.Claims;

namespace Hub.Access;

/// <summary>The authenticated caller of a request, read from its claims (<see cref="HubClaims"/>).</summary>
public sealed record Caller(string Actor, string Role, string WorkspaceId, string? KeyId, string? UserId)
{
    public bool IsOwner => Role == AccessRoles.Owner;

    /// <summary>Whether personal data and message bodies are masked for this caller (viewers).</summary>
    public bool SeesMaskedData => !AccessRoles.Includes(Role, AccessRoles.Editor);

    public bool Has(string role) => AccessRoles.Includes(Role, role);

    /// <summary>The caller, or null when the principal is not an authenticated Hub caller.</summary>
    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || user.FindFirstValue(HubClaims.Role) is not { } role
            || user.FindFirstValue(HubClaims.Workspace) is not { } workspace)
        {
            return null;
        }
        return new Caller(user.FindFirstValue(HubClaims.Actor) ?? "unknown", role, workspace,
            user.FindFirstValue(HubClaims.KeyId), user.FindFirstValue(HubClaims.UserId));
    }

    /// <summary>The claims of a caller, for the schemes that sign one in.</summary>
    public static ClaimsIdentity Identity(string scheme, string actor, string role, string workspaceId, string? keyId = null, string? userId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, actor),
            new(HubClaims.Actor, actor),
            new(HubClaims.Role, role),
            new(HubClaims.Workspace, workspaceId),
        };
        if (keyId is not null)
        {
            claims.Add(new Claim(HubClaims.KeyId, keyId));
        }
        if (userId is not null)
        {
            claims.Add(new Claim(HubClaims.UserId, userId));
        }
        return new ClaimsIdentity(claims, scheme, HubClaims.Actor, HubClaims.Role);
    }
}
