using System.Globalization;
using System.Text.Json;

namespace Hub.Channels;

/// <summary>Tolerant reads of a provider's JSON (a callback, an error body): a missing or mistyped field is null, never an exception.</summary>
public static class JsonReads
{
    public static string? StringOf(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A string that is not empty, else null.</summary>
    public static string? NonEmpty(this JsonElement element, string name) => element.StringOf(name) is { Length: > 0 } text ? text : null;

    public static JsonElement ObjectOf(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : default;

    public static IEnumerable<JsonElement> ArrayOf(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>A number or a string (providers send codes and timestamps either way), as text.</summary>
    public static string? CodeOf(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString(),
                _ => null,
            }
            : null;

    /// <summary>An RFC 3339 time ("2025-06-01T10:00:02.000Z", as Google sends them).</summary>
    public static DateTimeOffset? TimeOf(this JsonElement element, string name) =>
        DateTimeOffset.TryParse(element.StringOf(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>A unix-seconds timestamp, as a number or a string ("1750030073", as Meta sends them).</summary>
    public static DateTimeOffset? UnixTimeOf(this JsonElement element, string name) =>
        long.TryParse(element.CodeOf(name), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
