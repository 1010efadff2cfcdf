namespace Hub.Workflows.Simulation;

/// <summary>An instance as the simulation left it.</summary>
public sealed record SimulationInstance(Guid Id, string? Key, string Status, string? CurrentStepId, string? WaitingFor, DateTimeOffset? WakeAt, string? EndReason, string? LastError);
