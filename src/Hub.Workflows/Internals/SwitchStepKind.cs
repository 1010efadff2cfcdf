namespace Hub.Workflows.Internals;

/// <summary>Reads <c>switch: &lt;value&gt;</c> with <c>cases: { name: [steps] }</c> and an optional <c>default</c>.</summary>
internal sealed class SwitchStepKind : IStepKind
{
    public string Name => SwitchStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = ["cases", SwitchStep.DefaultBranch];

    public WorkflowStep? Read(StepSource source)
    {
        var errors = source.Spec.Errors.Count;
        var value = IfStepKind.ExpressionOf(source, Name);
        var cases = new Dictionary<string, IReadOnlyList<WorkflowStep>>(StringComparer.Ordinal);
        var map = source.Step.Mapping("cases", required: true);
        if (map is not null)
        {
            foreach (var (name, _, steps) in map.Entries())
            {
                var list = source.Lists.ReadBranch(source.Spec, steps, map.FieldOf(name), source.Id, SpecNames.Slug(name));
                if (list is not null)
                {
                    cases[name] = list;
                }
            }
            if (cases.Count == 0 && source.Spec.Errors.Count == errors)
            {
                source.Spec.Error(map.Line, map.Path, "Name at least one case.");
            }
        }
        var fallback = source.Lists.ReadBranch(source.Step, SwitchStep.DefaultBranch, source.Id, "default");
        return source.Spec.Errors.Count != errors || value is null || fallback is null
            ? null
            : new SwitchStep { Id = source.Id, Line = source.Line, Path = source.Path, Value = value, Cases = cases, Default = fallback };
    }
}
