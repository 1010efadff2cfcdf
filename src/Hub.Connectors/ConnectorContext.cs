using System.Text.Json.Nodes;

namespace Hub.Connectors;

/// <summary>
/// The connector instance a request arrived for: its id (from <c>/webhooks/{id}</c>), its settings and its secret
/// credentials. <paramref name="Credentials"/> (API tokens for <c>enrich:</c> lookups) are visible to <c>auth:</c>
/// expressions only, never to the mapping, so that no spec can copy a secret into an event.
/// <paramref name="StoredDeliveryId"/> is the id the request was stored under when the spec cannot derive one
/// (<c>deduplicate: false</c>): event ids then follow the stored request, not its body.
/// </summary>
public sealed record ConnectorContext(string ConnectorId, JsonObject Settings, JsonObject? Credentials = null, string? StoredDeliveryId = null);
