using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>A fixed YAML list whose items are mapped one by one; null items are left out.</summary>
internal sealed class ListValue(IReadOnlyList<IValueTemplate> items) : IValueTemplate
{
    public JsonNode? Evaluate(ScriptObject scope, string route, string field)
    {
        var result = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Evaluate(scope, route, $"{field}[{i}]") is { } node)
            {
                result.Add(node);
            }
        }
        return result;
    }
}
