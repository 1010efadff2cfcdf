using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// Waits for a duration (<c>for</c>) or until an instant (<c>until</c>, moved by <c>offset</c>), optionally moved
/// forward into allowed hours. Costs nothing while it waits: the instance leaves a timer on the queue.
/// </summary>
public sealed class DelayStep : WorkflowStep
{
    public const string KindName = "delay";

    public override string Kind => KindName;

    public TimeSpan? For { get; init; }

    /// <summary>An expression giving an ISO 8601 instant (usually from the event).</summary>
    public HubExpression? Until { get; init; }

    public TimeSpan Offset { get; init; }

    /// <summary>What to do when <c>until</c> + <c>offset</c> is already past: go on at once, or skip the next step.</summary>
    public IfPast IfPast { get; init; } = IfPast.Run;

    public AllowedHours? Within { get; init; }

    public override IEnumerable<StepExpression> Expressions => Until is null ? [] : [new($"{Path}.delay.until", Until)];
}
