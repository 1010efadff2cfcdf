using Hub.Core.Events;

namespace Hub.Workflows.Simulation;

/// <summary>What to simulate: one workflow version, the event that starts it, and what happens afterwards.</summary>
public sealed record SimulationRequest
{
    /// <summary>The longest stretch of simulated time; a reminder planned further out is reported as pending.</summary>
    public static TimeSpan DefaultHorizon { get; } = TimeSpan.FromDays(400);

    /// <summary>The published version or a draft; it must carry its <see cref="WorkflowDefinition.Source"/> text.</summary>
    public required WorkflowDefinition Workflow { get; init; }

    /// <summary>The trigger event; the virtual clock starts at its time.</summary>
    public required CanonicalEvent Event { get; init; }

    /// <summary>Later events (answers for <c>wait_for</c>, cancellations), each recorded at its time.</summary>
    public IReadOnlyList<SimulatedFollowUp> FollowUps { get; init; } = [];

    /// <summary>Answers for outbound HTTP calls made during the run; a call without a stub gets a 502.</summary>
    public IReadOnlyList<HttpStub> HttpStubs { get; init; } = [];

    public TimeSpan Horizon { get; init; } = DefaultHorizon;
}
