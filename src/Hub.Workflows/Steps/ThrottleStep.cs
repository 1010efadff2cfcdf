using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// Lets at most <see cref="Limit"/> instances of this workflow per key pass within <see cref="Per"/>; an instance over
/// the limit ends here (<c>throttled</c>) and the rest of its steps are skipped.
/// </summary>
public sealed class ThrottleStep : WorkflowStep
{
    public const string KindName = "throttle";

    public override string Kind => KindName;

    public required HubExpression Key { get; init; }

    public override IEnumerable<StepExpression> Expressions => [new($"{Path}.throttle.key", Key)];

    public required int Limit { get; init; }

    public required TimeSpan Per { get; init; }
}
