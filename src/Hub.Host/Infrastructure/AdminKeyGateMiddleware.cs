using Hub.Access;
using Hub.Access.Workspaces;
using Hub.Storage.Workspaces;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Answers 401 (the scheme's problem+json challenge) for an <c>/api/v1</c> request without the admin key, before
/// routing, content negotiation and model binding have looked at anything the caller sent.
/// </summary>
internal sealed class AdminKeyGateMiddleware(RequestDelegate next, WorkspaceDirectory workspaces, IProblemDetailsService problems, FailedAuthThrottle failedAuth)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Abuse limit: an address with too many failed authentications is refused before its credential is looked at.
        if (failedAuth.IsBlocked(context.Connection.RemoteIpAddress, out var retryAfterSeconds))
        {
            await TooManyRequests.WriteAsync(context, TooManyRequests.FailedAuth(failedAuth.Limit, retryAfterSeconds), retryAfterSeconds);
            return;
        }
        // The default scheme (CallerScheme): a key, or the Studio's session cookie.
        var result = await context.AuthenticateAsync();
        if (!result.Succeeded)
        {
            if (result.Failure is not null)
            {
                failedAuth.RecordFailure(context.Connection.RemoteIpAddress); // a wrong credential, not a missing one
            }
            await context.ChallengeAsync();
            return;
        }
        context.User = result.Principal;
        // Every query of the request is scoped to the caller's workspace (HubDbContext's filter), in this one place.
        if (Caller.From(context.User) is { } caller)
        {
            if (caller.IsOwner && !await workspaces.ExistsAsync(caller.WorkspaceId, context.RequestAborted))
            {
                await WorkspaceNotFoundAsync(context, caller.WorkspaceId);
                return;
            }
            context.RequestServices.GetRequiredService<WorkspaceScope>().Enter(caller.WorkspaceId);
        }
        await next(context);
    }

    private async Task WorkspaceNotFoundAsync(HttpContext context, string workspaceId)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Workspace not found",
                Detail = $"The {AdminKeyAuthenticationHandler.WorkspaceHeader} header names workspace '{workspaceId}', which does not exist (POST /api/v1/workspaces creates one).",
            },
        });
    }
}
