using System.Security.Claims;
using Hub.Access;
using Hub.Core.Workspaces;
using Hub.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Users.Internals;

/// <summary>
/// What a session cookie holds (the user's id and security stamp) and the caller it becomes on each request: the
/// cookie names no role, so a membership removed or changed counts from the next request, and the caller acts in the
/// workspace the <c>Hub-Workspace</c> header names (else the user's first) with its role there, as a key's caller does.
/// </summary>
internal static class SessionPrincipals
{
    /// <summary>Names the workspace a request acts in, as for the bootstrap key.</summary>
    public const string WorkspaceHeader = "Hub-Workspace";

    public static ClaimsPrincipal ForCookie(HubUser user) =>
        new(new ClaimsIdentity(
            [new Claim(HubClaims.UserId, user.Id), new Claim(UserSessions.StampClaim, user.SecurityStamp ?? "")],
            UserSessions.Scheme, HubClaims.Actor, HubClaims.Role));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(HubClaims.UserId);
        var stamp = context.Principal?.FindFirstValue(UserSessions.StampClaim);
        var db = context.HttpContext.RequestServices.GetRequiredService<HubDbContext>();
        var user = userId is null ? null : await db.HubUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, context.HttpContext.RequestAborted);
        if (user is null || user.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(UserSessions.Scheme);
            return;
        }
        var memberships = await db.WorkspaceMembers.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.WorkspaceId)
            .Select(m => new { m.WorkspaceId, m.Role })
            .ToListAsync(context.HttpContext.RequestAborted);
        var named = context.HttpContext.Request.Headers[WorkspaceHeader].ToString().Trim();
        var workspace = named.Length > 0 ? named : memberships.FirstOrDefault()?.WorkspaceId ?? WorkspaceIds.Default;
        var role = user.IsOwner ? AccessRoles.Owner : memberships.FirstOrDefault(m => m.WorkspaceId == workspace)?.Role;
        context.ReplacePrincipal(new ClaimsPrincipal(CallerIdentity(user, role, workspace)));
    }

    /// <summary>
    /// A member of the workspace gets a caller's claims; anyone else an identity without a role or workspace, which
    /// every access policy refuses with 403 and no request scope is entered for.
    /// </summary>
    private static ClaimsIdentity CallerIdentity(HubUser user, string? role, string workspace)
    {
        var actor = user.Email ?? user.Id;
        var identity = role is null
            ? new ClaimsIdentity([new Claim(ClaimTypes.Name, actor), new Claim(HubClaims.Actor, actor), new Claim(HubClaims.UserId, user.Id)], UserSessions.Scheme, HubClaims.Actor, HubClaims.Role)
            : Caller.Identity(UserSessions.Scheme, actor, role, workspace, userId: user.Id);
        // Antiforgery tokens are bound to this claim: one token serves every workspace the session acts in.
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id));
        identity.AddClaim(new Claim(UserSessions.StampClaim, user.SecurityStamp ?? ""));
        return identity;
    }
}
