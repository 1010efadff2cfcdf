namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// A message the simulated send recorded, stored in the run's own database so that it commits (or rolls back) with
/// the step that sent it, exactly as a real send request does.
/// </summary>
internal sealed class SimulatedMessageRecord
{
    public long Id { get; set; }
    public Guid? InstanceId { get; set; }
    public string? StepId { get; set; }
    public string? Template { get; set; }
    public string? Channel { get; set; }
    public string? To { get; set; }
    public string? Locale { get; set; }
    public string? SkipReason { get; set; }

    /// <summary>The <see cref="SimulationRender"/>s as JSON: every channel of the step.</summary>
    public required string RendersJson { get; set; }

    public DateTimeOffset At { get; set; }
}
