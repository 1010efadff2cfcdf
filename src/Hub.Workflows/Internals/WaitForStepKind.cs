using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Reads <c>wait_for: { event, match, key, timeout }</c> with the optional sibling lists <c>on_event</c> and
/// <c>on_timeout</c>.
/// </summary>
internal sealed class WaitForStepKind : IStepKind
{
    private static readonly string[] Keys = ["event", "match", "key", "timeout"];

    public string Name => WaitForStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [WaitForStep.EventBranch, WaitForStep.TimeoutBranch];

    public WorkflowStep? Read(StepSource source)
    {
        var body = source.BodyMap(Name);
        if (body is null)
        {
            return null;
        }
        body.RejectUnknown(Keys);
        var errors = source.Spec.Errors.Count;
        var eventType = body.Text("event", required: true);
        if (eventType is not null)
        {
            TriggerReader.CheckEventType(source.Spec, body.Node("event")!, body.FieldOf("event"), eventType);
        }
        var match = body.Expression("match");
        var key = body.Expression("key");
        var timeout = DurationText.Read(body, "timeout", TimeSpan.FromSeconds(1), DelayStepKind.Longest);
        var onEvent = source.Lists.ReadBranch(source.Step, WaitForStep.EventBranch, source.Id, "on-event");
        var onTimeout = source.Lists.ReadBranch(source.Step, WaitForStep.TimeoutBranch, source.Id, "on-timeout");
        if (onTimeout is { Count: > 0 } && timeout is null && !body.Has("timeout"))
        {
            source.Spec.Error(source.Step.LineOf(WaitForStep.TimeoutBranch), source.Step.FieldOf(WaitForStep.TimeoutBranch),
                "'on_timeout' needs a 'timeout' in wait_for; without one the step waits for as long as it takes.");
        }
        if (source.Spec.Errors.Count != errors || eventType is null || onEvent is null || onTimeout is null)
        {
            return null;
        }
        return new WaitForStep
        {
            Id = source.Id,
            Line = source.Line,
            Path = source.Path,
            EventType = eventType,
            Match = match,
            Key = key,
            Timeout = timeout,
            OnEvent = onEvent,
            OnTimeout = onTimeout,
        };
    }
}
