namespace Hub.Tests.Connectors;

/// <summary>Finds the real <c>connectors/</c> directory and the shared webhook fixtures from the test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string ConnectorsDirectory => Path.Combine(RepoRoot, "connectors");

    public static string Fixture(string system, string file) =>
        Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "fixtures", "webhooks", system, file));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
