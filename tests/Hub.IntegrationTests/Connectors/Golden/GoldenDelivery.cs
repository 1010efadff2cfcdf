using System.Net;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>What became of one golden case posted to the endpoint: Hub's answer, the stored request once processed, and its events.</summary>
public sealed record GoldenDelivery(
    GoldenEndpointCase Case,
    string ConnectorId,
    HttpStatusCode Status,
    string Answer,
    JsonObject Inbound,
    IReadOnlyList<JsonObject> Events)
{
    public string InboundStatus => (string?)Inbound["status"] ?? "";

    public string? LastError => (string?)Inbound["lastError"];

    public DateTimeOffset ReceivedAt => (DateTimeOffset)Inbound["receivedAt"]!;

    public override string ToString() =>
        $"{Case.Name} → POST /webhooks/{ConnectorId}: {(int)Status}; request {InboundStatus}{(LastError is null ? "" : $" ({LastError})")}; {Events.Count} event(s)";
}
