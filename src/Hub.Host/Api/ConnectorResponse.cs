using System.Text.Json.Nodes;
using Hub.Storage.Entities;

namespace Hub.Host.Api;

/// <summary>A connector instance as the API shows it: never its secrets.</summary>
public sealed record ConnectorResponse(
    string Id, string Type, string WebhookPath, JsonObject Settings, long? MaxBodyBytes,
    bool HasPreviousSecret, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ConnectorResponse From(ConnectorInstance c) => new(
        c.Id, c.Type, $"/webhooks/{c.Id}", JsonNode.Parse(c.SettingsJson) as JsonObject ?? [], c.MaxBodyBytes,
        c.ProtectedPreviousSecret is not null, c.CreatedAt, c.UpdatedAt);
}
