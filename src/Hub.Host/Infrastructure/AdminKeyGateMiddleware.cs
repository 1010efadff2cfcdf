using Hub.Access;
using Hub.Storage.Workspaces;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Answers 401 (the scheme's problem+json challenge) for an <c>/api/v1</c> request without the admin key, before
/// routing, content negotiation and model binding have looked at anything the caller sent.
/// </summary>
internal sealed class AdminKeyGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The default scheme (CallerScheme): a key, or the Studio's session cookie.
        var result = await context.AuthenticateAsync();
        if (!result.Succeeded)
        {
            await context.ChallengeAsync();
            return;
        }
        context.User = result.Principal;
        // Every query of the request is scoped to the caller's workspace (HubDbContext's filter), in this one place.
        if (Caller.From(context.User) is { } caller)
        {
            context.RequestServices.GetRequiredService<WorkspaceScope>().Enter(caller.WorkspaceId);
        }
        await next(context);
    }
}
