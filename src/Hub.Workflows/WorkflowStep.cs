namespace Hub.Workflows;

/// <summary>
/// One step of a workflow. Each kind (<c>send</c>, <c>delay</c>, <c>wait_for</c>, ...) is its own subclass, so the
/// engine dispatches on the type and a new kind never changes the existing ones.
/// </summary>
public abstract class WorkflowStep
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<WorkflowStep>> NoBranches =
        new Dictionary<string, IReadOnlyList<WorkflowStep>>(StringComparer.Ordinal);

    /// <summary>
    /// From <c>id:</c>, or from the step's position when the file gives none: <c>step-N</c> at the top level (1-based),
    /// <c>&lt;parent&gt;.&lt;branch&gt;-N</c> inside a branch. Unique in its workflow.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The line of the step in its file, for errors found at run time.</summary>
    public int Line { get; init; }

    /// <summary>The step's place in its file, such as <c>steps[2].then[0]</c>, for errors.</summary>
    public string Path { get; init; } = "";

    /// <summary>From <c>retry:</c>: how often a failure that may pass is tried again before the instance faults.</summary>
    public StepRetry Retry { get; internal set; } = StepRetry.Default;

    /// <summary>The YAML key that names the kind, e.g. <c>send</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>
    /// The nested step lists of a branching kind, by the name its outcome uses (<c>then</c>/<c>else</c> for <c>if</c>,
    /// <c>timeout</c> for <c>wait_for</c>). After a branch the workflow goes on with the step after this one.
    /// </summary>
    public virtual IReadOnlyDictionary<string, IReadOnlyList<WorkflowStep>> Branches => NoBranches;

    /// <summary>The expressions the step evaluates, so that a definition is checked against its events' schemas on load.</summary>
    public virtual IEnumerable<StepExpression> Expressions => [];
}
