using Hub.Host.Infrastructure;

namespace Hub.Host.Api;

internal static class AdminApi
{
    /// <summary>The <c>/api/v1</c> group: admin key, problem+json errors and OpenAPI set once for every resource.</summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup($"/api/v1/{prefix}")
            .RequireAuthorization(AdminKeyAuthenticationHandler.PolicyName)
            .WithTags(tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
