using System.Text.Json.Nodes;

namespace Hub.Host.Api;

/// <summary>Body of <c>PUT /api/v1/connectors/{id}</c>. <see cref="Secret"/> may be omitted on update to keep the current one.</summary>
public sealed record ConnectorRequest(string? Type, string? Secret, JsonObject? Settings, long? MaxBodyBytes);
