using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// Collects the trigger events of this workflow's instances that reach the step with the same key within a window,
/// and goes on once, in the first of them, with the list in <c>steps.&lt;id&gt;.events</c>; the others end there.
/// </summary>
public sealed class DigestStep : WorkflowStep
{
    public const string KindName = "digest";

    public override string Kind => KindName;

    public required HubExpression Key { get; init; }

    public override IEnumerable<StepExpression> Expressions => [new($"{Path}.digest.key", Key)];

    /// <summary>From the first event of a digest to its going on.</summary>
    public required TimeSpan Window { get; init; }
}
