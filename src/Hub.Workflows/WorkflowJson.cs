using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Workflows;

/// <summary>
/// The JSON notation of a workflow: the same model as the YAML, written as JSON. It is turned into YAML text so that
/// one reader validates both and every stored version is YAML; strings stay strings (quoted), so a JSON
/// <c>"true"</c> does not turn into a boolean on the way.
/// </summary>
public static class WorkflowJson
{
    public static string ToYaml(JsonNode? json)
    {
        var stream = new YamlStream(new YamlDocument(ToNode(json)));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // The emitter closes the document with "...", which adds nothing for a single document.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlNode ToNode(JsonNode? json) => json switch
    {
        null => Plain("null"),
        JsonObject map => new YamlMappingNode(map.Select(p => new KeyValuePair<YamlNode, YamlNode>(Quoted(p.Key), ToNode(p.Value)))),
        JsonArray list => new YamlSequenceNode(list.Select(ToNode)),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => Quoted(value.GetValue<string>()),
            JsonValueKind.True => Plain("true"),
            JsonValueKind.False => Plain("false"),
            _ => Plain(value.ToJsonString()),
        },
        _ => Plain("null"),
    };

    private static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };

    // Keys are quoted too: a key such as "on" or "null" must read back as that text.
    private static YamlScalarNode Quoted(string text) => new(text) { Style = ScalarStyle.DoubleQuoted };
}
