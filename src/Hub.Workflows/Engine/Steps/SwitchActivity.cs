using Hub.Scripting;

namespace Hub.Workflows.Engine.Steps;

/// <summary><c>switch</c>: takes the case named by the value as text, or <c>default</c>.</summary>
internal sealed class SwitchActivity : StepActivity<SwitchStep>
{
    protected override Task<StepOutcome> ExecuteAsync(SwitchStep step, StepContext context, CancellationToken cancellationToken)
    {
        var value = HubFunctions.Text(context.Evaluate(step.Value, cancellationToken));
        return Task.FromResult(value is not null && step.Cases.ContainsKey(value)
            ? StepOutcome.Take(SwitchStep.CaseBranch(value), $"case {value}")
            : StepOutcome.Take(SwitchStep.DefaultBranch, $"no case for {(value is null ? "nothing" : $"'{value}'")}; default"));
    }
}
