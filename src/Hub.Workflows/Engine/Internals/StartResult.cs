namespace Hub.Workflows.Engine.Internals;

/// <summary>The instance an event started, or why none was.</summary>
internal sealed record StartResult(WorkflowInstance? Instance, string? Reason);
