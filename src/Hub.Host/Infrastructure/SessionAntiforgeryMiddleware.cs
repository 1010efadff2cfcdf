using Hub.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Host.Infrastructure;

/// <summary>
/// A Studio session's request to <c>/api/v1</c> that changes anything (any method but GET, HEAD, OPTIONS, TRACE) must
/// carry the session's antiforgery token in the <c>Hub-Antiforgery</c> header, or it is refused with 400 before
/// routing: a browser sends the cookie with any site's request, but only the Studio can read the token. Keys are not
/// sent by browsers on their own, so a key's request needs none. Runs after <see cref="AdminKeyGateMiddleware"/>.
/// </summary>
internal sealed class SessionAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        if (!safe && context.User.Identity?.AuthenticationType == UserSessions.Scheme && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Antiforgery token missing or invalid",
                    Detail = $"A signed-in request that changes something carries the token from GET /account/antiforgery in the {UserSessions.AntiforgeryHeader} header.",
                },
            });
            return;
        }
        await next(context);
    }
}
