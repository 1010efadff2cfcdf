using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads one workflow file; every problem goes to the <see cref="SpecContext"/>.</summary>
internal static class WorkflowReader
{
    private static readonly string[] Keys = ["id", "name", "description", "trigger", "correlate", "cancel_on", "restart_on", "concurrency", "steps"];

    /// <summary>The definition (null when the file has errors) and the line of its id, for duplicate-id errors.</summary>
    public static (WorkflowDefinition? Definition, int IdLine) Read(SpecContext spec, string text)
    {
        if (YamlFile.Load(spec, text) is not { } node || YamlMap.From(spec, node, "") is not { } root)
        {
            return (null, 0);
        }
        root.RejectUnknown(Keys);
        var id = root.Text("id", required: true);
        SpecNames.CheckId(root, "id", id);
        var name = root.Text("name");
        var description = root.Text("description");
        var trigger = TriggerReader.Read(root);
        var correlate = root.Expression("correlate");
        var cancelOn = EventRuleReader.Read(root, "cancel_on");
        var restartOn = EventRuleReader.Read(root, "restart_on");
        var concurrency = root.Choice("concurrency", ["parallel", "replace", "ignore"]);
        var steps = StepListReader.ReadRoot(root);
        if (steps is not null)
        {
            Reachability.Check(spec, steps);
        }
        if (spec.Errors.Count > 0 || id is null || trigger is null || steps is null || cancelOn is null || restartOn is null)
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
            Correlate = correlate ?? WorkflowDefinition.DefaultCorrelate,
            CorrelateLine = root.LineOf("correlate"),
            CancelOn = cancelOn,
            RestartOn = restartOn,
            Concurrency = concurrency switch
            {
                "replace" => WorkflowConcurrency.Replace,
                "ignore" => WorkflowConcurrency.Ignore,
                _ => WorkflowConcurrency.Parallel,
            },
            Steps = steps,
            File = spec.File,
            Source = text,
        };
        return (definition, root.LineOf("id"));
    }
}
