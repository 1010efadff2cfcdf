using Hub.Core.Workspaces;
using Hub.Storage;
using Hub.Workflows;
using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Hub.Host import [--from dir] [--templates dir] [--workspace id]</c>: checks a workflows folder as <c>validate</c>
/// does and, only when all of it is valid, stores it as start-up provisioning does (<see cref="WorkflowFileStore"/>):
/// a new or changed text becomes a new published version, a stored text changes nothing. Prints what happened per file.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = """
        Usage: import [--from dir] [--templates dir] [--workspace id] [--Hub:Key value ...]

        Checks every workflow file in the folder as validate does (errors name file, line and field; then nothing is
        imported) and stores each as start-up does: a new or changed text becomes a new published version, a text
        already stored (the same file, or an older version rolled back from) changes nothing. Drafts are left alone.

          --from dir        the folder of workflow files (default: the workflows folder, Hub:WorkflowsPath)
          --templates dir   the templates the send steps must name (default: the folder's templates/, else the server's)
          --workspace id    the workspace to store them in (default: default)

        The database is the server's: appsettings.json, Hub__Database__Provider and ConnectionStrings__Hub, or the same
        keys here (--Hub:Database:Provider postgres --ConnectionStrings:Hub "Host=..."); it is migrated first, as at
        start-up, unless Hub__Database__MigrateOnStartup is false. On PostgreSQL running nodes start the new versions
        at once; on SQLite restart Hub to run them.
        Exit codes: 0 imported (or nothing to import), 1 invalid files or no usable database, 2 bad arguments.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var arguments = CommandArguments.Parse(args, ["--from", "--templates", "--workspace"], []);
        if (arguments.WantsHelp)
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (arguments.Error is not null)
        {
            errors.WriteLine(arguments.Error);
            errors.WriteLine(Usage);
            return 2;
        }
        var workspace = arguments.Value("--workspace") ?? WorkspaceIds.Default;
        try
        {
            var (configuration, contentRoot) = CommandConfiguration.Build(arguments.Configuration);
            var hubOptions = CommandConfiguration.HubOptions(configuration);
            var folder = arguments.Value("--from") is { } from ? Path.GetFullPath(from) : ContentPaths.Resolve(hubOptions.WorkflowsPath, contentRoot);
            var templates = TemplatesFolder(arguments.Value("--templates"), folder, hubOptions, contentRoot);
            var invalid = WorkflowFolderValidation.Errors(folder, templates);
            if (invalid.Count > 0)
            {
                foreach (var error in invalid)
                {
                    errors.WriteLine(error);
                }
                errors.WriteLine($"{invalid.Count} error(s); nothing imported.");
                return 1;
            }
            var workflows = WorkflowCatalog.LoadDirectory(folder).All;
            if (workflows.Count == 0)
            {
                output.WriteLine($"No workflow files in {folder}; nothing imported.");
                return 0;
            }

            var connection = DatabaseConnection.From(configuration, contentRoot);
            var migrate = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.MigrateOnStartup ?? true;
            var (db, failure) = await CommandDatabase.OpenAsync(connection, workspace, migrate, CancellationToken.None);
            if (db is null)
            {
                errors.WriteLine(failure);
                return 1;
            }
            await using (db)
            {
                return await StoreAsync(db, workspace, workflows, connection.IsPostgres, output, errors);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(ex.Message);
            return 1;
        }
    }

    private static async Task<int> StoreAsync(
        HubDbContext db, string workspace, IReadOnlyList<WorkflowDefinition> workflows, bool isPostgres, TextWriter output, TextWriter errors)
    {
        var stored = new List<string>();
        var exitCode = 0;
        foreach (var workflow in workflows)
        {
            var outcome = await WorkflowFileStore.StoreAsync(db, workspace, workflow, TimeProvider.System.GetUtcNow(), CancellationToken.None);
            switch (outcome)
            {
                case null:
                    errors.WriteLine($"{workflow.File}: {workflow.Id} not stored: other publishes kept taking its next version number; import again.");
                    exitCode = 1;
                    break;
                case { IsNew: true }:
                    output.WriteLine($"{workflow.File}: {workflow.Id} new version {outcome.Number}, published");
                    stored.Add(workflow.Id);
                    break;
                case { PublishedNumber: var published } when published == outcome.Number:
                    output.WriteLine($"{workflow.File}: {workflow.Id} unchanged (version {outcome.Number})");
                    break;
                default:
                    // As at start-up: an old text does not undo a later publish or rollback; rollback publishes it.
                    output.WriteLine($"{workflow.File}: {workflow.Id} unchanged: the text of version {outcome.Number}, not published again (version {outcome.PublishedNumber} is)");
                    break;
            }
        }
        if (stored.Count > 0)
        {
            await AnnounceAsync(db, stored, isPostgres, output);
        }
        return exitCode;
    }

    /// <summary>Tells running nodes to reload their versions, as a publish through the API does.</summary>
    private static async Task AnnounceAsync(HubDbContext db, List<string> workflowIds, bool isPostgres, TextWriter output)
    {
        if (!isPostgres)
        {
            // SQLite is served by one process, told of changes in memory only: this process cannot reach it.
            output.WriteLine("A running Hub on SQLite starts the new versions after a restart.");
            return;
        }
        foreach (var id in workflowIds)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({WorkflowVersions.ChangeChannel}, {id})");
        }
    }

    private static string TemplatesFolder(string? given, string workflows, HubOptions options, string contentRoot)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }
        var beside = Path.Combine(workflows, "templates");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        // An exported folder has no templates (they are files, not stored): check against the ones the server loads.
        return options.TemplatesPath is { } templates
            ? ContentPaths.Resolve(templates, contentRoot)
            : Path.Combine(ContentPaths.Resolve(options.WorkflowsPath, contentRoot), "templates");
    }
}
