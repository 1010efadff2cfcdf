using System.Text.Json;

namespace Hub.Events.Internals;

/// <summary>Words for JSON values and types in error messages, written for people who map payloads, not for schema experts.</summary>
internal static class JsonDescribe
{
    // Long enough to recognise a value, short enough that one bad field cannot flood the event log.
    private const int MaxShown = 60;

    /// <summary>"a string", "a number", ...: what kind of value was found.</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A JSON Schema type name with its article: "string" becomes "a string".</summary>
    public static string TypeName(string type) => type switch
    {
        "null" => "null",
        "integer" or "object" or "array" => "an " + type,
        _ => "a " + type,
    };

    /// <summary>The value as it appears in JSON: strings quoted, anything shortened.</summary>
    public static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? Quote(value.GetString() ?? "") : Shorten(value.GetRawText());

    /// <summary>Quoted without JSON's \u escapes, so that names and values in any script stay readable.</summary>
    public static string Quote(string text) =>
        "\"" + Shorten(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>"an E.164 phone number" from the title "E.164 phone number".</summary>
    public static string WithArticle(string noun) =>
        (noun.Length > 0 && "AEIOUaeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    private static string Shorten(string text) => text.Length <= MaxShown ? text : text[..MaxShown] + "…";
}
