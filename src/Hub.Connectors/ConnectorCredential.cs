namespace Hub.Connectors;

/// <summary>
/// A secret an integrator stores per connector instance for calls back to the source (spec field
/// <c>credentials</c>), read only by <c>enrich.*.auth</c> as <c>credentials.{Name}</c>.
/// </summary>
public sealed record ConnectorCredential(string Name, bool Required, string? Help);
