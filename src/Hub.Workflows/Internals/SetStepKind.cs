using Hub.Scripting;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>set: { name: expression, ... }</c>; each value lands in <c>vars.&lt;name&gt;</c>.</summary>
internal sealed class SetStepKind : IStepKind
{
    public string Name => SetStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        var body = source.BodyMap(Name);
        if (body is null)
        {
            return null;
        }
        var errors = source.Spec.Errors.Count;
        var values = new List<KeyValuePair<string, HubExpression>>();
        foreach (var (name, keyNode, _) in body.Entries())
        {
            if (!SpecNames.Id().IsMatch(name) || name.Contains('-', StringComparison.Ordinal))
            {
                source.Spec.Error(keyNode, body.FieldOf(name), $"'{name}' cannot be a variable name; use letters, digits and '_' (vars.{name} must read as one name).");
                continue;
            }
            if (body.Expression(name, required: true) is { } expression)
            {
                values.Add(new(name, expression));
            }
        }
        if (values.Count == 0 && source.Spec.Errors.Count == errors)
        {
            source.Spec.Error(body.Line, body.Path, "Set at least one variable, such as set: { firstName: contact.firstName ?? \"there\" }.");
        }
        return source.Spec.Errors.Count != errors ? null : new SetStep { Id = source.Id, Line = source.Line, Path = source.Path, Values = values };
    }
}
