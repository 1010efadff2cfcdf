using System.Globalization;
using Hub.Core.Workspaces;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Hub.Host export [--out dir] [--workspace id] [--workflow id [--version n]] [--draft]</c>: writes workflows from
/// Hub's database back to files, each text exactly as stored, so that provisioning or importing the folder again
/// stores nothing new. Prints one line per file written.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = """
        Usage: export [--out dir] [--workspace id] [--workflow id [--version n]] [--draft] [--Hub:Key value ...]

        Writes each workflow's published version from Hub's database to <id>.yaml, the text exactly as stored, so
        that provisioning or importing the folder again changes nothing. A file in the folder that already defines the
        workflow is overwritten in place, whatever its name.

          --out dir         the folder to write to, created when missing (default: the workflows folder, Hub:WorkflowsPath)
          --workspace id    the workspace to read (default: default)
          --workflow id     only this workflow
          --version n       stored version n instead of the published one (with --workflow)
          --draft           the unpublished drafts instead of the published versions

        The database is the server's: appsettings.json, Hub__Database__Provider and ConnectionStrings__Hub, or the same
        keys here (--Hub:Database:Provider postgres --ConnectionStrings:Hub "Host=...").
        Exit codes: 0 written, 1 no such workflow or version, or no usable database, 2 bad arguments.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var arguments = CommandArguments.Parse(args, ["--out", "--workspace", "--workflow", "--version"], ["--draft"]);
        if (arguments.WantsHelp)
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (ArgumentError(arguments) is { } error)
        {
            errors.WriteLine(error);
            errors.WriteLine(Usage);
            return 2;
        }
        var number = arguments.Value("--version") is { } version ? int.Parse(version, CultureInfo.InvariantCulture) : (int?)null;
        var workspace = arguments.Value("--workspace") ?? WorkspaceIds.Default;
        try
        {
            var (configuration, contentRoot) = CommandConfiguration.Build(arguments.Configuration);
            var connection = DatabaseConnection.From(configuration, contentRoot);
            var folder = arguments.Value("--out") is { } outFolder
                ? Path.GetFullPath(outFolder)
                : ContentPaths.Resolve(CommandConfiguration.HubOptions(configuration).WorkflowsPath, contentRoot);

            var (db, failure) = await CommandDatabase.OpenAsync(connection, workspace, migrate: false, CancellationToken.None);
            if (db is null)
            {
                errors.WriteLine(failure);
                return 1;
            }
            await using (db)
            {
                var (workflows, notFound) = await WorkflowExportQuery.FindAsync(db, arguments.Value("--workflow"), number, arguments.Flag("--draft"), CancellationToken.None);
                if (notFound is not null)
                {
                    errors.WriteLine(notFound);
                    return 1;
                }
                if (workflows.Count == 0)
                {
                    output.WriteLine($"No {(arguments.Flag("--draft") ? "drafts" : "workflows")} in workspace '{workspace}'; nothing written.");
                    return 0;
                }
                // Created only now: a failed export leaves no empty folder behind.
                var files = new WorkflowFileNames(Directory.CreateDirectory(folder).FullName);
                foreach (var workflow in workflows)
                {
                    var file = files.For(workflow.Id);
                    // The stored text as it is (UTF-8, no BOM, its own line endings): the same text is the same version.
                    await File.WriteAllTextAsync(file, workflow.Source);
                    output.WriteLine($"{file}: {workflow.Id} {workflow.What}");
                }
                return 0;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(ex.Message);
            return 1;
        }
    }

    private static string? ArgumentError(CommandArguments arguments)
    {
        if (arguments.Error is not null)
        {
            return arguments.Error;
        }
        if (arguments.Value("--version") is { } version)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return $"--version takes a version number (1, 2, ...), not '{version}'.";
            }
            if (arguments.Value("--workflow") is null)
            {
                return "--version needs --workflow: version numbers are per workflow.";
            }
            if (arguments.Flag("--draft"))
            {
                return "--version and --draft exclude each other: a workflow has one draft, with no number.";
            }
        }
        return null;
    }
}
