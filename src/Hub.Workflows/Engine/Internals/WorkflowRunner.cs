using Hub.Core.Events;

namespace Hub.Workflows.Engine.Internals;

/// <summary>Runs an instance's steps from its cursor, one activity per step kind, until one says stop or none is left.</summary>
internal sealed class WorkflowRunner(IEnumerable<IStepActivity> activities, TimeProvider time)
{
    private readonly Dictionary<Type, IStepActivity> _activities = activities.ToDictionary(a => a.StepType);

    public async Task RunAsync(WorkflowInstance instance, WorkflowDefinition workflow, CanonicalEvent canonical, CancellationToken cancellationToken)
    {
        var context = new StepContext(instance, workflow, canonical, time.GetUtcNow());
        for (; instance.Cursor < workflow.Steps.Count; instance.Cursor++)
        {
            var step = workflow.Steps[instance.Cursor];
            instance.CurrentStepId = step.Id;
            if (!_activities.TryGetValue(step.GetType(), out var activity))
            {
                throw new Scripting.ScriptException($"Step '{step.Id}' is of a kind this engine cannot run yet.");
            }
            var outcome = await activity.ExecuteAsync(step, context, cancellationToken);
            if (outcome.Note is not null)
            {
                instance.LastError = outcome.Note;
            }
            if (outcome.Kind == StepOutcomeKind.Fail)
            {
                throw new Scripting.ScriptException(outcome.Note ?? $"Step '{step.Id}' failed.");
            }
            if (outcome.Kind == StepOutcomeKind.Done)
            {
                break;
            }
        }
        instance.CurrentStepId = null;
        instance.Status = WorkflowInstanceStatus.Completed;
        instance.UpdatedAt = time.GetUtcNow();
    }
}
