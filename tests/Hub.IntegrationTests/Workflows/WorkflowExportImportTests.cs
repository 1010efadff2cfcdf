using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

/// <summary>
/// Issue 7: workflows in the database can be exported back to files, and a folder of files imported as new published
/// versions the way start-up provisions <c>workflows/</c>; both through the real host binary, once per database.
/// </summary>
public abstract class WorkflowExportImportTests(IHubDatabase database) : IAsyncLifetime, IDisposable
{
    private const string Workflow = "export-greeting";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hub-export-");
    private Dictionary<string, string> _environment = null!;
    private HubProcess _hub = null!;
    private int _bookings;
    private HubClient _client = null!;
    private WorkflowApi _api = null!;

    private static string Text(string name) => $"""
        # Greets a booking; exported and imported back by these tests, so its comments must survive.
        id: {Workflow}
        name: {name}
        trigger: appointment.booked
        correlate: event.data.appointment.id
        steps:
          - id: greet
            send: {"{"} template: appointment-booked, channels: [sms] {"}"}

        """.ReplaceLineEndings("\n");

    private string ExportedFile => Path.Combine(_folder.FullName, $"{Workflow}.yaml");

    public async Task InitializeAsync()
    {
        _environment = await database.CreateEnvironmentAsync();
        await StartHubAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Export_writes_the_published_text_and_import_stores_only_what_changed_as_new_versions()
    {
        Assert.Equal(1, await _api.PublishAsync(Workflow, Text("Export greeting")));
        // A booking before the import makes the running Hub load version 1, so that it must be told of version 2.
        await RunningHubStartsVersionAsync(1);

        var export = await HostCommand.RunAsync(["export", "--out", _folder.FullName], _environment);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains($"{ExportedFile}: {Workflow} version 1", export.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(Text("Export greeting"), await File.ReadAllTextAsync(ExportedFile));
        Assert.Equal((string?)(await _api.GetAsync($"/api/v1/workflows/{Workflow}"))["published"]!["source"], await File.ReadAllTextAsync(ExportedFile));
        // The shipped workflows too, one line per file.
        Assert.Contains($"order-confirmation.yaml: order-confirmation version 1", export.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(_folder.FullName, "*.yaml").Length, export.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Exported as stored, so importing it straight back is provisioning an unchanged folder: no version anywhere.
        var unchanged = await ImportAsync();
        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.DoesNotContain("new version", unchanged.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"{ExportedFile}: {Workflow} unchanged (version 1)", unchanged.StandardOutput, StringComparison.Ordinal);

        await File.WriteAllTextAsync(ExportedFile, Text("Export greeting, edited"));
        var edited = await ImportAsync();
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains($"{ExportedFile}: {Workflow} new version 2, published", edited.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("order-confirmation unchanged (version 1)", edited.StandardOutput, StringComparison.Ordinal);
        var detail = await _api.GetAsync($"/api/v1/workflows/{Workflow}");
        Assert.Equal(2, (int)detail["published"]!["number"]!);
        Assert.Equal(Text("Export greeting, edited"), (string?)detail["published"]!["source"]);
        Assert.Equal([2, 1], detail["versions"]!.AsArray().Select(v => (int)v!["number"]!));

        var again = await ImportAsync();
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"{ExportedFile}: {Workflow} unchanged (version 2)", again.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, (await _api.GetAsync($"/api/v1/workflows/{Workflow}"))["versions"]!.AsArray().Count);

        await RunningHubStartsVersionAsync(2);
    }

    [Fact]
    public async Task Import_of_a_folder_with_a_broken_file_names_file_and_line_and_stores_nothing()
    {
        await File.WriteAllTextAsync(ExportedFile, Text("Would be version 2"));
        // Line 5 names a step kind that does not exist.
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "broken.yaml"), """
            id: broken
            trigger: appointment.booked
            steps:
              - id: greet
                sned: { template: appointment-booked, channels: [sms] }
            """.ReplaceLineEndings("\n"));

        var import = await ImportAsync();

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("broken.yaml(5): steps[0].sned:", import.StandardError, StringComparison.Ordinal);
        Assert.Contains("nothing imported", import.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(await _client.GetArrayAsync("/api/v1/workflows"), w => (string?)w!["id"] is Workflow or "broken");
    }

    [Fact]
    public async Task Export_writes_a_draft_on_request_and_refuses_what_does_not_exist()
    {
        using (var draft = await _api.PutDraftAsync(Workflow, Text("Draft only")))
        {
            draft.EnsureSuccessStatusCode();
        }
        var exported = await HostCommand.RunAsync(["export", "--out", _folder.FullName, "--workflow", Workflow, "--draft"], _environment);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.Equal($"{ExportedFile}: {Workflow} draft", exported.StandardOutput.Trim());
        Assert.Equal(Text("Draft only"), await File.ReadAllTextAsync(ExportedFile));

        var unpublished = await HostCommand.RunAsync(["export", "--out", _folder.FullName, "--workflow", Workflow], _environment);
        Assert.Equal(1, unpublished.ExitCode);
        Assert.Contains($"Workflow '{Workflow}' does not exist", unpublished.StandardError, StringComparison.Ordinal);

        var noVersion = await HostCommand.RunAsync(["export", "--out", _folder.FullName, "--workflow", "order-confirmation", "--version", "9"], _environment);
        Assert.Equal(1, noVersion.ExitCode);
        Assert.Contains("has no version 9", noVersion.StandardError, StringComparison.Ordinal);

        var badArguments = await HostCommand.RunAsync(["export", "--version", "1"], _environment);
        Assert.Equal(2, badArguments.ExitCode);
        Assert.Contains("--version needs --workflow", badArguments.StandardError, StringComparison.Ordinal);

        var missing = Path.Combine(_folder.FullName, "missing.db");
        var noDatabase = await HostCommand.RunAsync(["export", "--out", _folder.FullName], HubEnvironment.Sqlite(missing));
        Assert.Equal(1, noDatabase.ExitCode);
        Assert.Contains($"No database at {missing}", noDatabase.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));

        foreach (var command in new[] { "export", "import" })
        {
            var help = await HostCommand.RunAsync([command, "--help"]);
            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.StartsWith($"Usage: {command} ", help.StandardOutput, StringComparison.Ordinal);
        }
    }

    /// <summary>The database given as command-line overrides here, the server's other way in besides the environment.</summary>
    private Task<ProcessResult> ImportAsync() =>
        HostCommand.RunAsync(["import", "--from", _folder.FullName, .. HostCommand.AsArguments(_environment)]);

    /// <summary>
    /// New events start version <paramref name="number"/>; for an imported one, on PostgreSQL the running Hub is told at
    /// once (it may take a moment to reload, so bookings are posted until one starts it); on SQLite, which one process
    /// serves, after a restart.
    /// </summary>
    private async Task RunningHubStartsVersionAsync(int number)
    {
        if (number > 1 && database.Name != "postgres")
        {
            await _hub.StopAsync();
            _client.Dispose();
            await _hub.DisposeAsync();
            await StartHubAsync();
        }
        await Eventually.Until(async () =>
        {
            var key = $"apt-{++_bookings}";
            await _api.PostBookingAsync(key);
            // Completed, that is its message sent: every part of Hub an event reaches has loaded by then.
            return (int)(await _api.InstanceAsync(Workflow, key, i => (string?)i["status"] == "completed", $"{key} completes"))["version"]!;
        }, version => version == number, TimeSpan.FromSeconds(30), $"a new booking starts version {number}");
    }

    private async Task StartHubAsync()
    {
        _hub = await HubProcess.StartAsync(_environment);
        _client = new HubClient(_hub.BaseAddress);
        _api = new WorkflowApi(_client);
    }
}
