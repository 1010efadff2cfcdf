using YamlDotNet.RepresentationModel;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>trigger: { workflow: &lt;id&gt; }</c> or <c>trigger: &lt;id&gt;</c>.</summary>
internal sealed class TriggerStepKind : IStepKind
{
    public string Name => TriggerStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        string? workflow;
        if (source.Body is YamlScalarNode)
        {
            workflow = source.Step.Text(Name, required: true);
            if (!SpecNames.CheckId(source.Step, Name, workflow))
            {
                return null;
            }
        }
        else
        {
            var body = source.BodyMap(Name);
            if (body is null)
            {
                return null;
            }
            body.RejectUnknown(["workflow"]);
            workflow = body.Text("workflow", required: true);
            if (!SpecNames.CheckId(body, "workflow", workflow))
            {
                return null;
            }
        }
        return new TriggerStep { Id = source.Id, Line = source.Line, Path = source.Path, Workflow = workflow! };
    }
}
