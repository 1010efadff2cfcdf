namespace Hub.Host.Infrastructure;

internal static class RolesRegistration
{
    /// <summary>
    /// Applies <c>Hub:Roles</c>: a process without <c>worker</c> runs no dispatcher; one without <c>ingest</c> does not
    /// answer <c>POST /webhooks</c>.
    /// </summary>
    public static WebApplicationBuilder AddHubRoles(this WebApplicationBuilder builder)
    {
        var (ingest, worker) = RolesOptions.Read(builder.Configuration);
        if (!worker)
        {
            builder.Configuration["Hub:Dispatcher:Enabled"] = "false";
        }
        builder.Services.AddSingleton(new HubRoles(ingest, worker));
        return builder;
    }
}
