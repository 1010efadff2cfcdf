namespace Hub.Workflows.Engine;

/// <summary>Configuration section <c>Hub:Workflows</c>.</summary>
public sealed class WorkflowEngineOptions
{
    public const string Section = "Hub:Workflows";

    /// <summary>
    /// Run a new instance's first steps in the transaction that records its event (one job hop fewer per event);
    /// off, every instance starts in its own job.
    /// </summary>
    public bool RunInline { get; set; } = true;
}
