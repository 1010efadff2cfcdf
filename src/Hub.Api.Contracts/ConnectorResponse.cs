using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>A connector instance as the API shows it: never its secret or credentials, only which credentials are set.</summary>
public sealed record ConnectorResponse(
    string Id, string Type, string WebhookPath, JsonObject Settings, IReadOnlyList<string> CredentialNames, long? MaxBodyBytes,
    DateTimeOffset? PreviousSecretExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
