using System.Text.Json.Nodes;
using Hub.Storage.Entities;

namespace Hub.Host.Api;

/// <summary>A connector instance as the API shows it: never its secret or credentials, only which credentials are set.</summary>
public sealed record ConnectorResponse(
    string Id, string Type, string WebhookPath, JsonObject Settings, IReadOnlyList<string> CredentialNames, long? MaxBodyBytes,
    DateTimeOffset? PreviousSecretExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ConnectorResponse From(ConnectorInstance c, IReadOnlyList<string> credentialNames) => new(
        c.Id, c.Type, $"/webhooks/{c.Id}", c.ReadSettings(), credentialNames, c.MaxBodyBytes,
        c.ProtectedPreviousSecret is null ? null : c.PreviousSecretExpiresAt, c.CreatedAt, c.UpdatedAt);
}
