using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

public sealed record EventResponse(
    string Id, string ConnectorId, string Source, string Type, string? Subject, DateTimeOffset Time, string? DataSchema,
    string Status, int Attempts, string? LastError, JsonObject Data, Guid? InboundRequestId, DateTimeOffset CreatedAt);
