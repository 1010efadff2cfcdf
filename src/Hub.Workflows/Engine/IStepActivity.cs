namespace Hub.Workflows.Engine;

/// <summary>Runs one kind of step. A new kind is one class and one registration line; nothing else changes.</summary>
public interface IStepActivity
{
    Type StepType { get; }

    Task<StepOutcome> ExecuteAsync(WorkflowStep step, StepContext context, CancellationToken cancellationToken);
}

/// <summary>The typed form: the step arrives as its own class.</summary>
public abstract class StepActivity<TStep> : IStepActivity where TStep : WorkflowStep
{
    public Type StepType => typeof(TStep);

    public Task<StepOutcome> ExecuteAsync(WorkflowStep step, StepContext context, CancellationToken cancellationToken) =>
        ExecuteAsync((TStep)step, context, cancellationToken);

    protected abstract Task<StepOutcome> ExecuteAsync(TStep step, StepContext context, CancellationToken cancellationToken);
}
