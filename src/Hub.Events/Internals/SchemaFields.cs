using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hub.Events.Internals;

/// <summary>
/// Answers whether a path of field names is declared by a composed event schema: <c>appointment.start</c> is,
/// <c>appointment.strat</c> is not. Follows local <c>$ref</c>s, <c>allOf</c>, <c>properties</c>,
/// <c>patternProperties</c> and array <c>items</c>. Where the schema says nothing about what lies below (a free-form
/// object, a text that a path goes into), the path is taken as declared: only a sure miss is reported.
/// </summary>
internal static class SchemaFields
{
    public static bool Declares(JsonObject document, IReadOnlyList<string> path)
    {
        IReadOnlyList<JsonObject> current = [document];
        foreach (var segment in path)
        {
            var parts = current.SelectMany(node => Expand(document, node, depth: 0)).ToList();
            var next = new List<JsonObject>();
            var declaresProperties = false;
            foreach (var part in parts)
            {
                if (part["properties"] is JsonObject properties)
                {
                    declaresProperties = true;
                    if (properties[segment] is JsonObject child)
                    {
                        next.Add(child);
                    }
                }
                if (part["patternProperties"] is JsonObject patterns)
                {
                    declaresProperties = true;
                    next.AddRange(patterns.Where(p => Regex.IsMatch(segment, p.Key, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)))
                        .Select(p => p.Value).OfType<JsonObject>());
                }
                if (part["items"] is JsonObject items && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    next.Add(items);
                }
            }
            if (next.Count == 0)
            {
                return !declaresProperties || parts.Any(p => p["additionalProperties"] is JsonObject);
            }
            current = next;
        }
        return true;
    }

    private static IEnumerable<JsonObject> Expand(JsonObject document, JsonObject node, int depth)
    {
        if (depth > 16)
        {
            yield break; // a reference cycle: say nothing more
        }
        yield return node;
        if (node["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && Resolve(document, target) is { } resolved)
        {
            foreach (var part in Expand(document, resolved, depth + 1))
            {
                yield return part;
            }
        }
        if (node["allOf"] is JsonArray all)
        {
            foreach (var part in all.OfType<JsonObject>().SelectMany(p => Expand(document, p, depth + 1)))
            {
                yield return part;
            }
        }
    }

    private static JsonObject? Resolve(JsonObject document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }
        JsonNode? node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }
        return node as JsonObject;
    }
}
