using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Channels;

/// <summary>
/// Checks an instance's settings and credentials against what its type declares: no unknown keys, the right JSON
/// kinds, every required one present, ranges and formats. The problems are keyed by field (<c>settings.url</c>,
/// <c>credentials.secret</c>), as the API's validation problems show them.
/// </summary>
public static class ProviderConfigurationValidator
{
    /// <summary>The setting every provider type has, read by Hub rather than the type: sends per second across all processes.</summary>
    public const string MessagesPerSecond = "messagesPerSecond";

    /// <summary>Settings Hub itself reads for any provider type.</summary>
    public static IReadOnlyList<ProviderField> CommonSettings { get; } =
    [
        new(MessagesPerSecond, ProviderFieldKind.WholeNumber, false,
            "At most this many sends per second through this instance, shared by every Hub process on the database (a token bucket).")
        {
            Minimum = 1,
            Maximum = 100_000,
        },
    ];

    public static IReadOnlyDictionary<string, string[]> Validate(IChannelProvider type, JsonObject? settings, JsonObject? credentials)
    {
        ArgumentNullException.ThrowIfNull(type);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var messages))
            {
                errors[field] = messages = [];
            }
            messages.Add(message);
        }
        Check("settings", [.. type.Settings, .. CommonSettings], settings ?? [], Add);
        Check("credentials", type.Credentials, credentials ?? [], Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Check(string group, IReadOnlyList<ProviderField> fields, JsonObject values, Action<string, string> add)
    {
        var credentials = group == "credentials";
        foreach (var (name, _) in values)
        {
            if (!fields.Any(f => f.Name == name))
            {
                add($"{group}.{name}", fields.Count == 0
                    ? $"This provider type takes no {group}."
                    : $"Unknown {(credentials ? "credential" : "setting")}. Known: {string.Join(", ", fields.Select(f => f.Name))}.");
            }
        }
        foreach (var field in fields)
        {
            var key = $"{group}.{field.Name}";
            var value = values[field.Name];
            if (value is null)
            {
                if (field.Required)
                {
                    add(key, $"Required: {field.Help}");
                }
                continue;
            }
            if (CheckValue(credentials ? field with { Kind = ProviderFieldKind.Text } : field, value) is { } problem)
            {
                add(key, problem);
            }
        }
    }

    private static string? CheckValue(ProviderField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (field.Kind)
        {
            case ProviderFieldKind.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : "Must be true or false.";
            case ProviderFieldKind.WholeNumber:
                if (kind != JsonValueKind.Number || !value.AsValue().TryGetValue<long>(out var number))
                {
                    return "Must be a whole number.";
                }
                return number < field.Minimum || number > field.Maximum
                    ? string.Create(CultureInfo.InvariantCulture, $"Must be between {field.Minimum} and {field.Maximum}.")
                    : null;
            default:
                if (kind != JsonValueKind.String || value.GetValue<string>() is not { Length: > 0 } text)
                {
                    return "Must be a non-empty string.";
                }
                if (field.Kind == ProviderFieldKind.Url
                    && !(Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
                {
                    return "Must be an absolute http or https URL.";
                }
                return field.Check?.Invoke(text);
        }
    }
}
