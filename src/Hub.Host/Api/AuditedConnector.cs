using System.Text.Json.Nodes;
using Hub.Access.Audit;

namespace Hub.Host.Api;

/// <summary>
/// A connector as its audit entries show it: type, settings and body limit in full; the secret and the credentials
/// only as set (<c>"***"</c>) and, after a change, whether each changed. The values are held to compare, never written.
/// </summary>
internal sealed class AuditedConnector(string type, JsonObject settings, long? maxBodyBytes, IReadOnlyDictionary<string, string> credentials)
{
    private static readonly Dictionary<string, string> None = [];

    /// <summary>The connector before a change, or as it was deleted.</summary>
    public JsonObject Snapshot => new()
    {
        ["type"] = type,
        ["settings"] = settings.DeepClone(),
        ["maxBodyBytes"] = maxBodyBytes,
        ["secret"] = AuditSecrets.Redacted,
        ["credentials"] = AuditSecrets.Names(credentials.Keys),
    };

    /// <summary>The connector after a change from <paramref name="before"/> (null: created).</summary>
    public JsonObject After(AuditedConnector? before, bool secretChanged) => new()
    {
        ["type"] = type,
        ["settings"] = settings.DeepClone(),
        ["maxBodyBytes"] = maxBodyBytes,
        ["secret"] = AuditSecrets.Changed(secretChanged),
        ["credentials"] = AuditSecrets.Changes(before?.Credentials ?? None, credentials),
    };

    private IReadOnlyDictionary<string, string> Credentials => credentials;
}
