namespace Hub.Workflows.Engine;

/// <summary>What a cancel or retry did; <see cref="Instance"/> as it is afterwards, <see cref="Detail"/> why not.</summary>
public sealed record InstanceCommandResult(InstanceCommandOutcome Outcome, WorkflowInstance? Instance, string? Detail = null);
