using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>Evaluates expressions into <c>vars.&lt;name&gt;</c>, in the order written.</summary>
public sealed class SetStep : WorkflowStep
{
    public const string KindName = "set";

    public override string Kind => KindName;

    public required IReadOnlyList<KeyValuePair<string, HubExpression>> Values { get; init; }

    public override IEnumerable<StepExpression> Expressions => Values.Select(v => new StepExpression($"{Path}.set.{v.Key}", v.Value));
}
