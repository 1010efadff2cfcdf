using System.Text.Json.Nodes;

namespace Hub.Access.Audit;

/// <summary>
/// How an audit entry speaks of a secret: that it is set (<c>"***"</c>) and whether the change replaced it
/// (<c>{"changed": true}</c>), never its value nor anything derived from it.
/// </summary>
public static class AuditSecrets
{
    public const string Redacted = "***";

    /// <summary>A secret that is set, as the entry's <c>before</c> shows it.</summary>
    public static JsonNode? Set(bool isSet) => isSet ? JsonValue.Create(Redacted) : null;

    /// <summary>A secret in the entry's <c>after</c>: whether this change set or replaced it.</summary>
    public static JsonObject Changed(bool changed) => new() { ["changed"] = changed };

    /// <summary>Named credentials before a change: each name, its value redacted.</summary>
    public static JsonObject Names(IEnumerable<string> names) =>
        new(names.Order(StringComparer.Ordinal).Select(n => KeyValuePair.Create(n, (JsonNode?)JsonValue.Create(Redacted))));

    /// <summary>Named credentials after a change: each name that is set, with whether its value differs from before.</summary>
    /// <param name="before">The values before (compared here, not stored).</param>
    /// <param name="after">The values after.</param>
    public static JsonObject Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new JsonObject(after.Keys.Order(StringComparer.Ordinal).Select(name => KeyValuePair.Create(name,
            (JsonNode?)Changed(!before.TryGetValue(name, out var old) || !string.Equals(old, after[name], StringComparison.Ordinal)))));
    }
}
