namespace Hub.Workflows;

/// <summary>
/// One step of a workflow. Each kind (<c>send</c>, later <c>delay</c>, <c>wait_for</c>, ...) is its own subclass,
/// so the engine dispatches on the type and a new kind never changes the existing ones.
/// </summary>
public abstract class WorkflowStep
{
    /// <summary>From <c>id:</c>, or <c>step-N</c> by position (1-based) when the file gives none.</summary>
    public required string Id { get; init; }

    /// <summary>The line of the step in its file, for errors found at run time.</summary>
    public int Line { get; init; }

    /// <summary>The YAML key that names the kind, e.g. <c>send</c>.</summary>
    public abstract string Kind { get; }
}
