using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Access.Internals;

/// <summary>A 403 says which role the caller has and which one the request needs, as problem+json.</summary>
internal sealed class ForbiddenAsProblem(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || Caller.From(context.User) is not { } caller)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var needed = policy.Requirements.OfType<RoleForMethodRequirement>().Select(r =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ? r.Read : r.Write).FirstOrDefault();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = needed is null
                    ? $"The role '{caller.Role}' may not do this."
                    : $"This needs the role '{needed}' or above in workspace '{caller.WorkspaceId}'; the caller has '{caller.Role}'.",
            },
        });
    }
}
