using System.Collections;
using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Expressions;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>
/// <c>each</c>/<c>as</c>/<c>map</c>: maps every element of a source list, with the element visible under the
/// <c>as</c> name. A missing list gives no field; elements that map to null are left out. A single object counts as
/// a list of one, because an XML element that may repeat reads as an object when it occurs once.
/// </summary>
internal sealed class EachValue(CompiledExpression source, string variable, IValueTemplate map) : IValueTemplate
{
    public JsonNode? Evaluate(ScriptObject scope, string route, string field)
    {
        var items = source.Evaluate(scope, route, $"{field}.each");
        if (items is null)
        {
            return null;
        }
        var result = new JsonArray();
        var index = 0;
        foreach (var item in AsList(items) ?? throw new MappingException(route, $"{field}.each", $"'{source.Text}' is not a list"))
        {
            if (map.Evaluate(ScriptScopes.With(scope, variable, item), route, $"{field}[{index}]") is { } node)
            {
                result.Add(node);
            }
            index++;
        }
        return result;
    }

    /// <summary>The elements of a list; a single object as a list of one; null for text and other scalars.</summary>
    public static IEnumerable? AsList(object value) => value switch
    {
        ScriptObject single => new[] { single },
        string or not IEnumerable => null,
        IEnumerable list => list,
    };
}
