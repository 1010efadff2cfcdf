using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.WhatsApp.Internals;

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

    /// <summary>A number or a string of digits (Meta sends codes as numbers and timestamps as strings), as text.</summary>
    public static string? Code(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString(),
                _ => null,
            }
            : null;

    /// <summary>A unix-seconds timestamp, as Meta sends them ("1750030073").</summary>
    public static DateTimeOffset? UnixTime(this JsonElement element, string name) =>
        long.TryParse(element.Code(name), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
