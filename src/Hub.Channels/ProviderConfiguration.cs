using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Channels;

/// <summary>
/// One provider instance as its type needs it to send: settings (a JSON object, immutable so one copy serves every
/// thread) and decrypted credentials. Built once per change of the instance and shared by every send; a type may cache
/// what it derives from it (a parsed URL, a decoded key) keyed by this object.
/// </summary>
public sealed record ProviderConfiguration(string Id, string Type, JsonElement Settings, IReadOnlyDictionary<string, string> Credentials)
{
    public static ProviderConfiguration Create(string id, string type, JsonObject? settings = null, IReadOnlyDictionary<string, string>? credentials = null) =>
        new(id, type, JsonSerializer.SerializeToElement(settings ?? []), credentials ?? new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>A string setting, or null when it is not set.</summary>
    public string? Setting(string name) =>
        Settings.ValueKind == JsonValueKind.Object && Settings.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>An integer setting, or null when it is not set.</summary>
    public long? IntegerSetting(string name) =>
        Settings.ValueKind == JsonValueKind.Object && Settings.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var number)
            ? number
            : null;

    public string? Credential(string name) => Credentials.GetValueOrDefault(name);
}
