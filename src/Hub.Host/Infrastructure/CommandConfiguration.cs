namespace Hub.Host.Infrastructure;

/// <summary>The configuration a command reads, built exactly as the server builds its own.</summary>
internal static class CommandConfiguration
{
    /// <summary>
    /// <c>appsettings.json</c> and <c>appsettings.{environment}.json</c> in the working directory, environment variables
    /// (<c>Hub__...</c>, <c>ConnectionStrings__Hub</c>), then <paramref name="overrides"/> (<c>--Hub:Database:Provider postgres</c>).
    /// </summary>
    /// <returns>The configuration and the content root, against which relative paths in it are read.</returns>
    public static (IConfiguration Configuration, string ContentRoot) Build(IEnumerable<string> overrides)
    {
        // The server's own builder, never built: the same sources in the same order, with nothing started.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. overrides] });
        return (builder.Configuration, builder.Environment.ContentRootPath);
    }

    public static HubOptions HubOptions(IConfiguration configuration) =>
        configuration.GetSection(Host.HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
}
