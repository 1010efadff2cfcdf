using Microsoft.AspNetCore.Authentication;

namespace Hub.Host.Infrastructure;

internal static class ApiRegistration
{
    /// <summary>Options, the admin key, problem+json errors (400/408 for bad requests, 503 on database failures), and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddHubApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HubOptions>().BindConfiguration(HubOptions.Section).ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        // A body the binder cannot read (a string where a number belongs) throws, so BadRequestHandler names the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddAuthentication(CallerScheme.Name)
            .AddScheme<AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(AdminKeyAuthenticationHandler.SchemeName, configureOptions: null)
            .AddCallerScheme();
        builder.Services.AddAuthorization();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        builder.Services.AddScoped<Api.DirectSends>();
        return builder;
    }

    public static WebApplication UseHubApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The key is checked before routing: routing itself answers 415 for a body an endpoint does not accept, and
        // model binding 400, so a caller without the key would learn about its body. (The endpoints' policy stays,
        // for the OpenAPI document and for any admin endpoint mapped elsewhere.)
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1"), api => api.UseMiddleware<AdminKeyGateMiddleware>().UseMiddleware<SessionAntiforgeryMiddleware>());
        app.UseRouting();
        app.UseAuthentication();
        // Per-caller limits of the admin API (LimitsRegistration), once the caller and the route group are known.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1"), api => api.UseRateLimiter());
        app.UseAuthorization();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1"), api => api.UseMiddleware<StrictJsonBodyMiddleware>());
        app.MapOpenApi();
        return app;
    }
}
