using System.Text.Json.Nodes;
using Hub.Storage.Entities;

namespace Hub.Host.Api;

public sealed record EventResponse(
    string Id, string ConnectorId, string Source, string Type, string? Subject, DateTimeOffset Time, string? DataSchema,
    string Status, int Attempts, string? LastError, JsonObject Data, Guid? InboundRequestId, DateTimeOffset CreatedAt)
{
    public static EventResponse From(EventRecord e) => new(
        e.Id, e.ConnectorId, e.Source, e.Type, e.Subject, e.Time, e.DataSchema, e.Status.ToString().ToLowerInvariant(),
        e.Attempts, e.LastError, JsonNode.Parse(e.DataJson) as JsonObject ?? [], e.InboundRequestId, e.CreatedAt);
}
