namespace Hub.Workflows.Simulation;

/// <summary>One line of an instance's journal: a step's outcome, or what happened to the instance (<paramref name="StepId"/> null).</summary>
public sealed record SimulationStep(DateTimeOffset At, Guid InstanceId, string? StepId, string Kind, string Outcome, string? Note);
