using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Events.Internals;

/// <summary>
/// Our own wording for the keywords the catalogue's schemas use, from the failing subschema and the value found.
/// The validator's messages name neither the field nor the value; a keyword we do not word keeps its message.
/// </summary>
internal static class KeywordMessages
{
    public static IEnumerable<SchemaError> Describe(
        string keyword, JsonObject? subschema, string path, JsonElement? value, string fallback)
    {
        var rule = subschema?[keyword];
        var message = (keyword, rule, value) switch
        {
            ("required", JsonArray names, { ValueKind: JsonValueKind.Object } obj) => Missing(path, obj, names, "required, but missing"),
            ("dependentRequired", JsonObject dependencies, { ValueKind: JsonValueKind.Object } obj) => MissingDependencies(path, obj, dependencies),
            ("type", not null, { } found) => One(path, $"expected {ExpectedTypes(rule)}, found {JsonDescribe.Kind(found)}"),
            ("pattern", not null, { ValueKind: JsonValueKind.String } found) => One(path, NotMatching(subschema!, found, rule)),
            ("minLength", not null, { ValueKind: JsonValueKind.String } found) => One(path, TooShort(rule, found)),
            ("enum", JsonArray allowed, { } found) => One(path, $"expected one of {string.Join(", ", allowed.Select(ShowNode))}, found {JsonDescribe.Show(found)}"),
            ("minimum", not null, { ValueKind: JsonValueKind.Number } found) => One(path, $"expected a number of at least {ShowNode(rule)}, found {found.GetRawText()}"),
            _ => null,
        };
        return message ?? One(path, fallback);
    }

    private static IEnumerable<SchemaError> One(string path, string message) => [new SchemaError(path, message)];

    private static IEnumerable<SchemaError> Missing(string path, JsonElement obj, JsonArray names, string message) =>
        names.Select(n => n?.GetValue<string>())
            .OfType<string>()
            .Where(name => !obj.TryGetProperty(name, out _))
            .Select(name => new SchemaError(InstancePath.Child(path, name), message));

    private static IEnumerable<SchemaError> MissingDependencies(string path, JsonElement obj, JsonObject dependencies) =>
        dependencies
            .Where(d => obj.TryGetProperty(d.Key, out _) && d.Value is JsonArray)
            .SelectMany(d => Missing(path, obj, d.Value!.AsArray(), $"required when {d.Key} is given, but missing"));

    private static string ExpectedTypes(JsonNode rule) => rule is JsonArray types
        ? string.Join(" or ", types.Select(t => JsonDescribe.TypeName(t?.GetValue<string>() ?? "")))
        : JsonDescribe.TypeName(rule.GetValue<string>());

    // The definition's title names the format ("E.164 phone number"); an untitled pattern can only be quoted.
    private static string NotMatching(JsonObject subschema, JsonElement found, JsonNode pattern) =>
        subschema["title"] is JsonValue title && title.TryGetValue<string>(out var noun)
            ? $"{JsonDescribe.Show(found)} is not {JsonDescribe.WithArticle(noun)}"
            : $"expected a string matching {pattern.GetValue<string>()}, found {JsonDescribe.Show(found)}";

    private static string TooShort(JsonNode rule, JsonElement found) => rule.GetValue<int>() == 1
        ? $"expected a non-empty string, found {JsonDescribe.Show(found)}"
        : $"expected at least {rule.GetValue<int>().ToString(CultureInfo.InvariantCulture)} characters, found {JsonDescribe.Show(found)}";

    private static string ShowNode(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => JsonDescribe.Quote(text),
        _ => node.ToJsonString(),
    };
}
