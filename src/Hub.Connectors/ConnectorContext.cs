using System.Text.Json.Nodes;

namespace Hub.Connectors;

/// <summary>The connector instance a request arrived for: its id (from <c>/webhooks/{id}</c>) and its settings.</summary>
public sealed record ConnectorContext(string ConnectorId, JsonObject Settings);
