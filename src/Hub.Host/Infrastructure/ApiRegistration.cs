using Hub.Host.Api;

namespace Hub.Host.Infrastructure;

internal static class ApiRegistration
{
    /// <summary>Options, problem+json errors, 503 on database failures, and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddHubApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HubOptions>().BindConfiguration(HubOptions.Section).ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddSingleton<AdminKeyFilter>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        return builder;
    }

    public static WebApplication UseHubApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        return app;
    }
}
