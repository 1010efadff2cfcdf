using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>
/// A mapping of field names to values. Null fields are left out, and an object left with no fields is itself
/// null, so that a missing <c>contact</c> reads as "nothing known" rather than as an empty record.
/// </summary>
internal sealed class ObjectValue(IReadOnlyList<(string Name, IValueTemplate Value)> fields) : IValueTemplate
{
    public JsonNode? Evaluate(ScriptObject scope, string route, string field)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
        {
            var node = value.Evaluate(scope, route, $"{field}.{name}");
            if (node is not null)
            {
                result[name] = node;
            }
        }
        return result.Count == 0 ? null : result;
    }
}
