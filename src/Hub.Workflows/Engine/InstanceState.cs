using System.Text.Json.Nodes;

namespace Hub.Workflows.Engine;

/// <summary>An instance's variables (<c>vars</c>) and step outputs (<c>steps.&lt;id&gt;</c>), as stored.</summary>
public sealed class InstanceState
{
    public const string EmptyJson = """{"vars":{},"steps":{}}""";

    public JsonObject Vars { get; } = [];

    public JsonObject Steps { get; } = [];

    public static InstanceState Parse(string json)
    {
        var state = new InstanceState();
        if (JsonNode.Parse(json) is JsonObject root)
        {
            Copy(root["vars"] as JsonObject, state.Vars);
            Copy(root["steps"] as JsonObject, state.Steps);
        }
        return state;
    }

    public string ToJson() => new JsonObject { ["vars"] = Vars.DeepClone(), ["steps"] = Steps.DeepClone() }.ToJsonString();

    private static void Copy(JsonObject? from, JsonObject to)
    {
        if (from is null)
        {
            return;
        }
        foreach (var (key, value) in from)
        {
            to[key] = value?.DeepClone();
        }
    }
}
