using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Intake;

/// <summary>
/// A connector instance with its spec, decrypted secrets, settings and credentials, as needed to accept and ingest
/// its webhooks. Built once per change and shared by every request: its JSON objects are read, never written.
/// </summary>
public sealed record ResolvedConnector(
    string Id,
    string WorkspaceId,
    string Type,
    ConnectorDefinition Definition,
    string Secret,
    string? PreviousSecret,
    DateTimeOffset? PreviousSecretExpiresAt,
    JsonObject Settings,
    JsonObject Credentials,
    long MaxBodyBytes)
{
    /// <summary>The secrets a signature may be made with at <paramref name="now"/>: the current one, and the previous one during a rotation.</summary>
    public IReadOnlyList<string> SecretsAt(DateTimeOffset now) =>
        PreviousSecret is not null && PreviousSecretExpiresAt > now ? [Secret, PreviousSecret] : [Secret];
}
