namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// <c>wait_for</c>: leaves a bookmark (the event type, with the instance's key) and a timer for the timeout. The
/// arriving event or the timer decides the branch; the engine, not this class, resumes the instance.
/// </summary>
internal sealed class WaitForActivity : StepActivity<WaitForStep>
{
    protected override Task<StepOutcome> ExecuteAsync(WaitForStep step, StepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.WaitFor(step.EventType, step.Timeout is { } timeout ? context.Now + timeout : null));
}
