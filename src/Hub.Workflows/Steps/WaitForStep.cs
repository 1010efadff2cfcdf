using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// Waits for an event of a type whose key equals the instance's (and that passes <see cref="Match"/>), or for the
/// timeout. Then runs <c>on_event</c> or <c>on_timeout</c> and goes on after the step.
/// </summary>
public sealed class WaitForStep : WorkflowStep
{
    public const string KindName = "wait_for";
    public const string EventBranch = "on_event";
    public const string TimeoutBranch = "on_timeout";

    public override string Kind => KindName;

    public required string EventType { get; init; }

    /// <summary>A condition on the arriving event (as <c>event</c>); null accepts every event with the key.</summary>
    public HubExpression? Match { get; init; }

    /// <summary>The arriving event's key; null means the workflow's <c>correlate</c> expression.</summary>
    public HubExpression? Key { get; init; }

    /// <summary>Null waits for as long as it takes.</summary>
    public TimeSpan? Timeout { get; init; }

    public IReadOnlyList<WorkflowStep> OnEvent { get; init; } = [];

    public override IEnumerable<StepExpression> Expressions =>
        new[] { (Field: "match", Expression: Match), (Field: "key", Expression: Key) }
            .Where(e => e.Expression is not null)
            .Select(e => new StepExpression($"{Path}.wait_for.{e.Field}", e.Expression!, EventType));

    public IReadOnlyList<WorkflowStep> OnTimeout { get; init; } = [];

    public override IReadOnlyDictionary<string, IReadOnlyList<WorkflowStep>> Branches =>
        new Dictionary<string, IReadOnlyList<WorkflowStep>>(StringComparer.Ordinal) { [EventBranch] = OnEvent, [TimeoutBranch] = OnTimeout };
}
