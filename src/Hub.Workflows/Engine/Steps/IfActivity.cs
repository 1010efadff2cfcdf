namespace Hub.Workflows.Engine.Steps;

/// <summary><c>if</c>: takes <c>then</c> or <c>else</c>.</summary>
internal sealed class IfActivity : StepActivity<IfStep>
{
    protected override Task<StepOutcome> ExecuteAsync(IfStep step, StepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Take(context.IsTrue(step.Condition, cancellationToken) ? IfStep.ThenBranch : IfStep.ElseBranch));
}
