using System.Text.Json.Nodes;

namespace Hub.Connectors;

/// <summary>
/// A setting an integrator fills in per connector instance (spec field <c>settings</c>).
/// <paramref name="Type"/> is one of <c>string</c>, <c>region</c>, <c>url</c>, <c>integer</c>, <c>boolean</c>, <c>timezone</c>, <c>locale</c>.
/// </summary>
public sealed record ConnectorSetting(string Name, string Type, bool Required, string? Help, JsonNode? Default);
