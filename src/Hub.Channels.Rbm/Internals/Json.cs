using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>Tolerant reads of a webhook's JSON: a missing or mistyped field is null, never an exception.</summary>
internal static class Json
{
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static JsonElement Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : default;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>A number or a string of digits (Google sends codes as numbers or strings), as text.</summary>
    public static string? Code(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString(),
                _ => null,
            }
            : null;

    /// <summary>An RFC 3339 time, as Google sends them ("2025-06-01T10:00:02.000Z").</summary>
    public static DateTimeOffset? Time(this JsonElement element, string name) =>
        DateTimeOffset.TryParse(element.String(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
