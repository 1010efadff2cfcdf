using System.Globalization;
using Hub.IntegrationTests.Infrastructure;
using Hub.Load;
using Hub.Load.Baselines;
using Hub.Load.Report;

// Hub's load tool: baselines, intake, reject path, end to end to a sink, idle cost and an optional soak, on one
// machine, in one run, written up as markdown. See bench/README.md.
//
//   dotnet run -c Release --project bench/Hub.Load -- --out docs/performance.md [--quick] [--long 10m]
// Figures in the report read the same on every machine.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is [EmptyKestrelServer.Command, var url])
{
    await EmptyKestrelServer.RunAsync(url);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var report = await LoadRun.RunAsync(options);
var commit = await ProcessRunner.RunAsync("git", ["-C", RepoPaths.Root, "rev-parse", "--short", "HEAD"]);
report.Commit = commit.Succeeded ? commit.StandardOutput.Trim() : "unknown";
var markdown = MarkdownReport.Render(report);
// `dotnet run --project` starts the tool in the project's folder: a relative path means the repository's.
var output = Path.GetFullPath(options.Out, RepoPaths.Root);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
// What people wrote below the marker (analysis, profiles) survives a new run; the measured part above it is replaced.
const string NotesMarker = "<!-- notes: kept across runs -->";
if (File.Exists(output) && (await File.ReadAllTextAsync(output)) is var previous && previous.IndexOf(NotesMarker, StringComparison.Ordinal) is >= 0 and var at)
{
    markdown = markdown.TrimEnd() + "\n\n" + previous[at..];
}
await File.WriteAllTextAsync(output, markdown);
Console.WriteLine($"Report written to {output}{(report.Void ? " — the run is VOID: a ledger does not balance" : "")}");
return report.Void ? 1 : 0;
