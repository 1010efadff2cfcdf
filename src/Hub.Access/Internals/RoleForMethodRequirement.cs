using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Hub.Access.Internals;

/// <summary>The caller's role must include <see cref="Read"/> for GET and HEAD, <see cref="Write"/> for any other method.</summary>
internal sealed class RoleForMethodRequirement(string read, string write)
    : AuthorizationHandler<RoleForMethodRequirement>, IAuthorizationRequirement
{
    public string Read { get; } = read;

    public string Write { get; } = write;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleForMethodRequirement requirement)
    {
        var method = (context.Resource as HttpContext)?.Request.Method;
        var needed = method is not null && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) ? requirement.Read : requirement.Write;
        if (Caller.From(context.User) is { } caller && caller.Has(needed))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
