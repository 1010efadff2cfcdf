using System.Text.Json.Nodes;

namespace Hub.Workflows.Engine.Steps;

/// <summary><c>set</c>: evaluates each expression in order into <c>vars</c>; a later one sees the earlier ones.</summary>
internal sealed class SetActivity : StepActivity<SetStep>
{
    protected override Task<StepOutcome> ExecuteAsync(SetStep step, StepContext context, CancellationToken cancellationToken)
    {
        var output = new JsonObject();
        foreach (var (name, expression) in step.Values)
        {
            context.SetVariable(name, context.Evaluate(expression, cancellationToken));
            output[name] = context.State.Vars[name]?.DeepClone();
        }
        return Task.FromResult(StepOutcome.Next with { Output = output });
    }
}
