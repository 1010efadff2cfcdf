using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Deployment;

/// <summary>
/// The application carries the shipped connectors, workflows and templates, so it runs from any folder; a configured
/// folder that does not exist stops it with one clear line and exit code 1, never a stack trace.
/// </summary>
public sealed class ContentFoldersTests : IDisposable
{
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("hub-elsewhere-");

    [Fact]
    public async Task Hub_started_outside_the_repository_loads_the_shipped_definitions()
    {
        var environment = HubEnvironment.Sqlite(Path.Combine(_elsewhere.FullName, "hub.db"));
        environment[HubProcess.WorkingDirectoryKey] = _elsewhere.FullName;
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        // The shopify type comes from the copy beside the application: there is no connectors/ above this folder.
        await client.PutConnectorAsync("shop-elsewhere", "shopify", "elsewhere-secret", new { defaultRegion = "US" });
        Assert.Contains("Loaded 13 connector types", hub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_one_line_and_exit_code_one()
    {
        var missing = Path.Combine(_elsewhere.FullName, "no-such-connectors");
        var environment = HubEnvironment.Sqlite(Path.Combine(_elsewhere.FullName, "hub.db"));
        environment["Hub__ConnectorsPath"] = missing;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => HubProcess.StartAsync(environment));
        Assert.Contains("exited with code 1", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Folder '{missing}' does not exist.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _elsewhere.Delete(recursive: true);
}
