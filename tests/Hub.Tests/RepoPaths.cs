namespace Hub.Tests;

/// <summary>Finds the checked-in definitions and vendor fixtures by walking up from the test binaries to <c>Hub.sln</c>.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ConnectorsDirectory => Path.Combine(Root, "connectors");

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Templates => Path.Combine(Root, "workflows", "templates");

    /// <summary>A vendor webhook fixture under <c>tests/fixtures/webhooks/{system}/</c> (provenance in its SOURCES.md).</summary>
    public static string Fixture(string system, string file) => Path.Combine(Root, "tests", "fixtures", "webhooks", system, file);

    /// <summary>A provider fixture under <c>tests/fixtures/providers/{provider}/</c> (provenance in its SOURCES.md).</summary>
    public static string ProviderFixture(string provider, string file) => Path.Combine(Root, "tests", "fixtures", "providers", provider, file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
