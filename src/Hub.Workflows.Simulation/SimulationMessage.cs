namespace Hub.Workflows.Simulation;

/// <summary>
/// A message a <c>send</c> step would have sent: on <paramref name="Channel"/> (the first of the step's channels the
/// recipient can be reached on, null when none) with <paramref name="Renders"/> holding the text for every channel of
/// the step, so that the fallbacks can be read too.
/// </summary>
public sealed record SimulationMessage(
    DateTimeOffset At,
    Guid? InstanceId,
    string? StepId,
    string? Template,
    string? Channel,
    string? To,
    string? Locale,
    string? Subject,
    string? Body,
    string? SkipReason,
    IReadOnlyList<SimulationRender> Renders);
