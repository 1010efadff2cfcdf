using Hub.Connectors;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Hub.Host validate [--connectors dir] [--workflows dir] [--templates dir]</c>: checks every connector spec,
/// workflow and template the way start-up does, prints each error as <c>file(line): field: message</c>, and exits 1
/// when there is any — for CI and for editors before a deploy.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var options = new HubOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--connectors": options.ConnectorsPath = args[i + 1]; break;
                case "--workflows": options.WorkflowsPath = args[i + 1]; break;
                case "--templates": options.TemplatesPath = args[i + 1]; break;
                default:
                    output.WriteLine($"Unknown option '{args[i]}'. Usage: validate [--connectors dir] [--workflows dir] [--templates dir]");
                    return 2;
            }
        }
        var root = Directory.GetCurrentDirectory();
        var connectors = ContentPaths.Resolve(options.ConnectorsPath, root);
        var workflows = ContentPaths.Resolve(options.WorkflowsPath, root);
        var templates = options.TemplatesPath is null ? Path.Combine(workflows, "templates") : ContentPaths.Resolve(options.TemplatesPath, root);

        var errors = new List<string>();
        errors.AddRange(ConnectorCatalog.Validate(connectors).Select(e => e.ToString()));
        errors.AddRange(WorkflowFolderValidation.Errors(workflows, templates).Select(e => e.ToString()));

        foreach (var error in errors)
        {
            output.WriteLine(error);
        }
        output.WriteLine(errors.Count == 0
            ? $"OK: connectors in {connectors}, workflows in {workflows}, templates in {templates}"
            : $"{errors.Count} error(s)");
        return errors.Count == 0 ? 0 : 1;
    }
}
