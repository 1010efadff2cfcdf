using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Hub.Host.Api;

internal static class HealthApi
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database is migrated and reachable.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).WithTags("Health");
        return app;
    }
}
