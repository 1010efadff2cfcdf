using System.Text.Json.Nodes;
using Hub.Access.Audit;

namespace Hub.Host.Api;

/// <summary>
/// A provider instance as its audit entries show it: type and settings in full, credentials only by name
/// (<c>"***"</c>) and, after a change, whether each changed. The values are held to compare, never written.
/// </summary>
internal sealed class AuditedProvider(string type, JsonObject settings, IReadOnlyDictionary<string, string> credentials)
{
    private static readonly Dictionary<string, string> None = [];

    /// <summary>The provider before a change, or as it was deleted.</summary>
    public JsonObject Snapshot => new()
    {
        ["type"] = type,
        ["settings"] = settings.DeepClone(),
        ["credentials"] = AuditSecrets.Names(credentials.Keys),
    };

    /// <summary>The provider after a change from <paramref name="before"/> (null: created).</summary>
    public JsonObject After(AuditedProvider? before) => new()
    {
        ["type"] = type,
        ["settings"] = settings.DeepClone(),
        ["credentials"] = AuditSecrets.Changes(before?.Credentials ?? None, credentials),
    };

    private IReadOnlyDictionary<string, string> Credentials => credentials;
}
