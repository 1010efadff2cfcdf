namespace Hub.Workflows.Simulation;

/// <summary>An outbound HTTP call made during the simulation, and the stubbed status it got.</summary>
public sealed record SimulatedHttpCall(DateTimeOffset At, string Method, string Url, int Status, bool Stubbed);
