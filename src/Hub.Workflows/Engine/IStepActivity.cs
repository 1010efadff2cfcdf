namespace Hub.Workflows.Engine;

/// <summary>Runs one kind of step. A new kind is one class and one registration line; nothing else changes.</summary>
public interface IStepActivity
{
    Type StepType { get; }

    /// <summary>
    /// True for a step whose effect must not share a transaction with other steps of its instance (an outside call
    /// that a rollback cannot undo, or a write to another instance that may conflict): the runner starts a new job
    /// for it when other steps ran before it in this run, or when the run is inline in an event's transaction, and
    /// stops after it, so that what ran before is committed and a failure after it never repeats it.
    /// </summary>
    bool RunsAlone => false;

    Task<StepOutcome> ExecuteAsync(WorkflowStep step, StepContext context, CancellationToken cancellationToken);
}

/// <summary>The typed form: the step arrives as its own class.</summary>
public abstract class StepActivity<TStep> : IStepActivity where TStep : WorkflowStep
{
    public Type StepType => typeof(TStep);

    /// <inheritdoc cref="IStepActivity.RunsAlone"/>
    public virtual bool RunsAlone => false;

    public Task<StepOutcome> ExecuteAsync(WorkflowStep step, StepContext context, CancellationToken cancellationToken) =>
        ExecuteAsync((TStep)step, context, cancellationToken);

    protected abstract Task<StepOutcome> ExecuteAsync(TStep step, StepContext context, CancellationToken cancellationToken);
}
