using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Definitions;

/// <summary>Acceptance: a spec with an error is refused at start-up and by the validate command, naming file, line and field.</summary>
public sealed class SpecValidationTests : IDisposable
{
    private readonly DirectoryInfo _connectors = Directory.CreateTempSubdirectory("hub-bad-connectors-");

    public SpecValidationTests()
    {
        // Line 6 names a scheme that does not exist.
        File.WriteAllText(Path.Combine(_connectors.FullName, "acme.yaml"), """
            type: acme
            name: Acme
            content_types: [application/json]

            verify:
              scheme: hmac-bodyy
              header: X-Acme-Signature
              encoding: hex
            event_type: body.type
            routes:
              thing.happened:
                emit: order.created
                subject: body.id | text
                data:
                  order:
                    id: body.id | text
            """);
    }

    [Fact]
    public async Task The_validate_command_names_file_line_and_field_and_fails()
    {
        var result = await ProcessRunner.RunAsync(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [HubProcess.HostDll, "validate", "--connectors", _connectors.FullName]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("acme.yaml(6)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("scheme", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validate_command_passes_the_shipped_definitions()
    {
        var result = await ProcessRunner.RunAsync(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [HubProcess.HostDll, "validate"],
            workingDirectory: RepoPaths.Root);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Hub_refuses_to_start_with_a_broken_spec_and_says_where()
    {
        var environment = HubEnvironment.Sqlite(Path.Combine(_connectors.FullName, "hub.db"));
        environment["Hub__ConnectorsPath"] = _connectors.FullName;
        var error = await Assert.ThrowsAnyAsync<Exception>(() => HubProcess.StartAsync(environment));
        Assert.Contains("acme.yaml(6)", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _connectors.Delete(recursive: true);
}
