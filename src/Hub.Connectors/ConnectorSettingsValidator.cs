using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Settings;

namespace Hub.Connectors;

/// <summary>
/// Checks what an integrator stores on a connector instance against its spec before it is stored: a secret that is
/// not blank and of a sane size, only declared settings and credentials, required settings present, values of their
/// declared type, and size limits. Catching these at configuration time beats a webhook that fails to verify or a
/// lookup that goes to <c>file:///etc/passwd</c> hours later.
/// </summary>
public static class ConnectorSettingsValidator
{
    public const int MaxSecretBytes = 4 * 1024;
    public const int MaxSettingsBytes = 16 * 1024;
    public const int MaxCredentialsBytes = 16 * 1024;

    /// <summary>
    /// The problems by field (<c>secret</c>, <c>settings.defaultRegion</c>, <c>credentials.apiKey</c>); empty when all
    /// is well. A null <paramref name="secret"/> or <paramref name="credentials"/> means "keep the current ones" and is
    /// not checked; null <paramref name="settings"/> are no settings.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(
        ConnectorDefinition definition, JsonObject? settings, string? secret, JsonObject? credentials)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var messages))
            {
                errors[field] = messages = [];
            }
            messages.Add(message);
        }

        if (secret is not null)
        {
            CheckSecret(secret, Add);
        }
        CheckSettings(definition, settings ?? [], Add);
        if (credentials is not null)
        {
            CheckCredentials(definition, credentials, Add);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void CheckSecret(string secret, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            add("secret", "The secret must not be blank; leave it out to keep the current one.");
        }
        else if (Encoding.UTF8.GetByteCount(secret) > MaxSecretBytes)
        {
            add("secret", $"The secret must be at most {MaxSecretBytes} bytes.");
        }
    }

    private static void CheckSettings(ConnectorDefinition definition, JsonObject settings, Action<string, string> add)
    {
        if (Encoding.UTF8.GetByteCount(settings.ToJsonString()) > MaxSettingsBytes)
        {
            // Nothing else is worth reading in a body this size.
            add("settings", $"The settings must be at most {MaxSettingsBytes} bytes of JSON.");
            return;
        }
        var declared = definition.Settings.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var (name, value) in settings)
        {
            if (!declared.TryGetValue(name, out var setting))
            {
                add($"settings.{name}", $"'{name}' is not a setting of {definition.Type}; {Known("settings", definition.Settings.Select(s => s.Name))}.");
            }
            else if (!SettingValue.IsUnset(value) && SettingValue.Problem(setting.Type, value!) is { } problem)
            {
                add($"settings.{name}", problem);
            }
        }
        foreach (var setting in definition.Settings.Where(s => s.Required && s.Default is null))
        {
            if (!settings.TryGetPropertyValue(setting.Name, out var value) || SettingValue.IsUnset(value))
            {
                add($"settings.{setting.Name}", $"The setting '{setting.Name}' is required{(setting.Help is { } help ? $": {help}" : ".")}");
            }
        }
    }

    private static void CheckCredentials(ConnectorDefinition definition, JsonObject credentials, Action<string, string> add)
    {
        if (Encoding.UTF8.GetByteCount(credentials.ToJsonString()) > MaxCredentialsBytes)
        {
            add("credentials", $"The credentials must be at most {MaxCredentialsBytes} bytes of JSON.");
            return;
        }
        var declared = definition.Credentials.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in credentials)
        {
            if (!declared.Contains(name))
            {
                add($"credentials.{name}", $"'{name}' is not a credential of {definition.Type}; {Known("credentials", declared)}.");
            }
            else if (value is not JsonValue text || !text.TryGetValue<string>(out var secret) || string.IsNullOrWhiteSpace(secret))
            {
                // The message never echoes the value: it is a secret, and problem details end up in logs.
                add($"credentials.{name}", "A credential must be a non-blank string.");
            }
        }
    }

    private static string Known(string what, IEnumerable<string> names) =>
        names.ToList() is { Count: > 0 } list ? $"its {what} are {string.Join(", ", list)}" : $"it has no {what}";
}
