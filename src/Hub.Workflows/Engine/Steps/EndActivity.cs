namespace Hub.Workflows.Engine.Steps;

/// <summary><c>end</c>: completes the instance, keeping the reason.</summary>
internal sealed class EndActivity : StepActivity<EndStep>
{
    protected override Task<StepOutcome> ExecuteAsync(EndStep step, StepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.End(step.Reason));
}
