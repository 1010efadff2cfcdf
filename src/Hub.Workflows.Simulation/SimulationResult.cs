namespace Hub.Workflows.Simulation;

/// <summary>What a simulated run did, in simulated time.</summary>
/// <param name="Outcome"><c>finished</c> (nothing left to do), <c>waiting</c> (an instance waits for an event no follow-up supplied) or <c>horizon</c> (work was still planned beyond it).</param>
/// <param name="Problems">What the engine noted on the events (a broken condition, a failed step).</param>
public sealed record SimulationResult(
    string WorkflowId,
    string Version,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    string Outcome,
    IReadOnlyList<SimulationStep> Timeline,
    IReadOnlyList<SimulationMessage> Messages,
    IReadOnlyList<SimulationInstance> Instances,
    IReadOnlyList<string> Problems,
    IReadOnlyList<SimulatedHttpCall> HttpCalls);
