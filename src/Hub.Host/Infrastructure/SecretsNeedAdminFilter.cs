using Hub.Access;
using Hub.Api.Contracts;

namespace Hub.Host.Infrastructure;

/// <summary>
/// On <c>PUT /api/v1/connectors/{id}</c>: editors change a connector's mapping and settings, only admins its secret
/// and credentials. A request carrying either from a caller below admin is refused before the handler runs.
/// </summary>
internal sealed class SecretsNeedAdminFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Arguments.OfType<ConnectorRequest>().FirstOrDefault();
        if (request is { } r && (r.Secret is not null || r.Credentials is not null)
            && Caller.From(context.HttpContext.User) is { } caller && !caller.Has(AccessRoles.Admin))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"Changing a connector's secret or credentials needs the role 'admin'; the caller has '{caller.Role}'. Leave them out to change its settings.");
        }
        return await next(context);
    }
}
