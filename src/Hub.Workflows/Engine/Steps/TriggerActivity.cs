using System.Text.Json.Nodes;
using Hub.Workflows.Engine.Internals;

namespace Hub.Workflows.Engine.Steps;

/// <summary><c>trigger</c>: starts the named workflow's published version with this instance's trigger event.</summary>
internal sealed class TriggerActivity(InstanceStarter starter) : StepActivity<TriggerStep>
{
    protected override async Task<StepOutcome> ExecuteAsync(TriggerStep step, StepContext context, CancellationToken cancellationToken)
    {
        var started = await starter.StartByNameAsync(step.Workflow, context.Event, context.Db, context.Now, cancellationToken);
        return started.Instance is { } instance
            ? StepOutcome.Next with { Output = new JsonObject { ["instanceId"] = instance.Id.ToString() }, Note = $"started '{step.Workflow}'" }
            : StepOutcome.NextWithNote($"'{step.Workflow}' was not started: {started.Reason}");
    }
}
