namespace Hub.Workflows.Simulation;

/// <summary>A template rendered for one channel; <paramref name="Error"/> says why it could not be.</summary>
public sealed record SimulationRender(string Channel, string? To, string? Locale, string? Subject, string? Body, string? Html, string? Error);
