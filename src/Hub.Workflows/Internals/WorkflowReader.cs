using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads one workflow file; every problem goes to the <see cref="SpecContext"/>.</summary>
internal static class WorkflowReader
{
    private static readonly string[] Keys = ["id", "name", "description", "trigger", "steps"];

    /// <summary>Named in WORKFLOWS.md; a file using one gets "not supported yet" rather than "unknown key".</summary>
    private static readonly string[] PlannedKeys = ["correlate", "cancel_on", "restart_on"];

    /// <summary>The definition (null when the file has errors) and the line of its id, for duplicate-id errors.</summary>
    public static (WorkflowDefinition? Definition, int IdLine) Read(SpecContext spec, string text)
    {
        if (YamlFile.Load(spec, text) is not { } node || YamlMap.From(spec, node, "") is not { } root)
        {
            return (null, 0);
        }
        root.RejectUnknown(Keys, PlannedKeys);
        var id = root.Text("id", required: true);
        SpecNames.CheckId(root, "id", id);
        var name = root.Text("name");
        var description = root.Text("description");
        var trigger = TriggerReader.Read(root);
        var steps = StepListReader.Read(root);
        if (spec.Errors.Count > 0 || id is null || trigger is null || steps is null)
        {
            return (null, root.LineOf("id"));
        }
        var definition = new WorkflowDefinition
        {
            Id = id,
            Name = string.IsNullOrWhiteSpace(name) ? id : name,
            Description = description,
            Version = ContentHash.Of(text),
            Trigger = trigger,
            Steps = steps,
            File = spec.File,
        };
        return (definition, root.LineOf("id"));
    }
}
