using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>
/// One configuration change as <c>GET /api/v1/audit</c> lists it: who (<c>bootstrap</c>, a key's name, a user's
/// email, with the key's or user's id), what (<c>connector.updated</c>, ...), on which resource, when, and the
/// resource before and after with secrets redacted (<c>"***"</c>, <c>{"changed": true}</c>).
/// </summary>
public sealed record AuditEntryResponse(
    Guid Id, DateTimeOffset At, string Actor, string? KeyId, string? UserId, string Action, string ResourceType, string ResourceId,
    JsonNode? Before, JsonNode? After);
