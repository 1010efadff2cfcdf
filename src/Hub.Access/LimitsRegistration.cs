using Hub.Access.Internals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Access;

public static class LimitsRegistration
{
    /// <summary>The rate-limiting policy of the <c>/api/v1</c> route groups (<c>RequireRateLimiting</c>).</summary>
    public const string AdminApiPolicy = "hub-admin-api";

    /// <summary>
    /// The abuse limits (<see cref="LimitsOptions"/>): <see cref="WebhookThrottle"/> for the webhook endpoint,
    /// <see cref="FailedAuthThrottle"/> for whoever checks credentials, and the admin API's per-caller policy for the
    /// rate-limiting middleware (<c>UseRateLimiter</c> on <c>/api/v1</c>, after authentication).
    /// </summary>
    public static WebApplicationBuilder AddHubLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebhookThrottle>();
        builder.Services.AddSingleton<FailedAuthThrottle>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, AdminApiRateLimitPolicy>(AdminApiPolicy);
        });
        return builder;
    }
}
