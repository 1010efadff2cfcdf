using Hub.Core.Events;

namespace Hub.Workflows.Simulation;

/// <summary>An event that arrives during the simulation at <paramref name="At"/> (simulated time).</summary>
public sealed record SimulatedFollowUp(DateTimeOffset At, CanonicalEvent Event);
