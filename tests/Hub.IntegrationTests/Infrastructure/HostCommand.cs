namespace Hub.IntegrationTests.Infrastructure;

/// <summary>One of the host binary's commands (<c>dotnet Hub.Host.dll export ...</c>), run to completion as an operator runs it.</summary>
public static class HostCommand
{
    /// <summary>Runs in the host's folder, as deployed: its appsettings.json and shipped definitions are found there.</summary>
    /// <param name="environment">The configuration a Hub process would get, e.g. <see cref="HubEnvironment.Sqlite"/>.</param>
    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.RunAsync(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [HubProcess.HostDll, .. arguments],
            workingDirectory: Path.GetDirectoryName(HubProcess.HostDll),
            environment: environment);

    /// <summary>The same configuration as command-line overrides (<c>--Hub:Database:Provider postgres</c>), the server's other way in.</summary>
    public static IEnumerable<string> AsArguments(IReadOnlyDictionary<string, string> environment) =>
        environment.SelectMany(pair => new[] { $"--{pair.Key.Replace("__", ":", StringComparison.Ordinal)}", pair.Value });
}
