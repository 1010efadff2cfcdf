namespace Hub.Workflows;

/// <summary>
/// Whether a workflow listening for an event's type starts for that event. A condition that fails to evaluate does
/// not start the workflow, and <see cref="Error"/> says why, so the event log can show it instead of staying silent.
/// </summary>
public sealed record TriggerMatch(WorkflowDefinition Workflow, bool IsTriggered, string? Error);
