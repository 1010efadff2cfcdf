using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>Which events start a workflow: an event type and, optionally, a condition on that event.</summary>
public sealed class WorkflowTrigger
{
    public required string EventType { get; init; }

    /// <summary>Evaluated with <see cref="WorkflowScope"/> globals; null means every event of the type.</summary>
    public HubExpression? When { get; init; }

    /// <summary>The line of <c>trigger:</c>, for errors found later.</summary>
    public int Line { get; init; }
}
