namespace Hub.Load.Baselines;

/// <summary>
/// The floor for any Hub endpoint: an ASP.NET Core app built like Hub's (the default builder) that answers 200 to
/// an empty POST. It runs as a separate process, as Hub does, so it does not share the load tool's thread pool.
/// </summary>
internal static class EmptyKestrelServer
{
    public const string Command = "serve-empty";

    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/", () => Results.Ok());
        await app.RunAsync();
    }
}
