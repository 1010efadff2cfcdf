using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Events;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Simulation;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Hub.Host simulate &lt;workflow-id&gt; --event file.json [--workflows dir] [--templates dir]</c>: runs the workflow
/// file against a sample event the way <c>POST /api/v1/workflows/{id}/simulate</c> does, with no database or server,
/// and prints the result as JSON. The file holds the event, or a whole request body (<c>event</c>, <c>followUps</c>, ...).
/// </summary>
internal static class SimulateCommand
{
    private const string Usage = "Usage: simulate <workflow-id> --event file.json [--workflows dir] [--templates dir]";

    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Read by people in a terminal: quotes and accents as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            output.WriteLine(Usage);
            return 2;
        }
        var options = new HubOptions();
        string? eventFile = null;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--event": eventFile = args[i + 1]; break;
                case "--workflows": options.WorkflowsPath = args[i + 1]; break;
                case "--templates": options.TemplatesPath = args[i + 1]; break;
                default:
                    output.WriteLine($"Unknown option '{args[i]}'. {Usage}");
                    return 2;
            }
        }
        if (eventFile is null || args.Length % 2 == 0)
        {
            output.WriteLine(Usage);
            return 2;
        }
        var root = Directory.GetCurrentDirectory();
        var workflows = ContentPaths.Resolve(options.WorkflowsPath, root);
        var templatesPath = options.TemplatesPath is null ? Path.Combine(workflows, "templates") : ContentPaths.Resolve(options.TemplatesPath, root);
        var templates = TemplateCatalog.LoadDirectory(templatesPath);
        if (WorkflowCatalog.LoadDirectory(workflows).Find(args[0]) is not { } workflow)
        {
            output.WriteLine($"No workflow '{args[0]}' in {workflows}.");
            return 1;
        }
        if (JsonNode.Parse(await File.ReadAllTextAsync(eventFile)) is not JsonObject json)
        {
            output.WriteLine($"{eventFile} is not a JSON object.");
            return 1;
        }
        var body = json.ContainsKey("event") ? json : new JsonObject { ["event"] = json.DeepClone() };
        var errors = new Dictionary<string, string[]>();
        var request = SimulationRequestReader.Read(body, workflow, null, TimeProvider.System.GetUtcNow(), EventCatalog.Default, errors);
        if (request is null)
        {
            foreach (var (field, messages) in errors)
            {
                output.WriteLine($"{eventFile}: {field}: {string.Join(" ", messages)}");
            }
            return 1;
        }
        var result = await new WorkflowSimulator(templates).RunAsync(request);
        output.WriteLine(JsonSerializer.Serialize(result, Output));
        return 0;
    }
}
