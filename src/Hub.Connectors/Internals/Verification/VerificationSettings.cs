using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The instance settings a scheme sees.</summary>
internal static class VerificationSettings
{
    /// <summary>
    /// <paramref name="settings"/> with the spec's defaults for settings the instance leaves unset, as mappings see
    /// them. The instance's own object when there is nothing to add, so the common case copies nothing.
    /// </summary>
    public static JsonObject WithDefaults(JsonObject settings, IReadOnlyList<ConnectorSetting> declared)
    {
        JsonObject? result = null;
        foreach (var setting in declared)
        {
            if (setting.Default is { } fallback && (!settings.TryGetPropertyValue(setting.Name, out var value) || value is null))
            {
                result ??= settings.DeepClone().AsObject();
                result[setting.Name] = fallback.DeepClone();
            }
        }
        return result ?? settings;
    }
}
