using Hub.Access;

namespace Hub.Host.Api;

internal static class AdminApi
{
    /// <summary>
    /// The <c>/api/v1</c> group: the access policy (<see cref="AccessPolicies"/>: which role reads, which role
    /// changes), the per-caller rate limit, problem+json errors and OpenAPI set once for every resource.
    /// </summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app, string prefix, string tag, string policy) =>
        app.MapGroup($"/api/v1/{prefix}")
            .RequireAuthorization(policy)
            .RequireRateLimiting(LimitsRegistration.AdminApiPolicy)
            .WithTags(tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
