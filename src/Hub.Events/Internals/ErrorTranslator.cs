using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Hub.Events.Internals;

/// <summary>Turns the validator's list output into <see cref="SchemaError"/>s that name the field in the event data.</summary>
internal static class ErrorTranslator
{
    public static IReadOnlyList<SchemaError> Translate(EvaluationResults results, JsonObject schema, JsonElement instance)
    {
        var errors = new List<SchemaError>();
        // A field can fail the same way twice, e.g. fulfillmentId as a named property and as any "...Id".
        var seen = new HashSet<SchemaError>();
        foreach (var node in Failing(results))
        {
            var (path, value) = InstancePath.Locate(instance, node.InstanceLocation.ToString());
            var subschema = Subschema(schema, node.SchemaLocation);
            foreach (var (keyword, fallback) in node.Errors!)
            {
                foreach (var error in KeywordMessages.Describe(keyword, subschema, path, value, fallback))
                {
                    if (seen.Add(error))
                    {
                        errors.Add(error);
                    }
                }
            }
        }
        return errors;
    }

    private static IEnumerable<EvaluationResults> Failing(EvaluationResults node)
    {
        if (node.Errors is { Count: > 0 })
        {
            yield return node;
        }
        foreach (var child in node.Details ?? [])
        {
            foreach (var failing in Failing(child))
            {
                yield return failing;
            }
        }
    }

    // The served schema is self-contained, so every schema location is a pointer into it.
    private static JsonObject? Subschema(JsonObject schema, Uri location)
    {
        JsonNode? current = schema;
        foreach (var segment in JsonPointerText.FragmentSegments(location))
        {
            current = current switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }
        return current as JsonObject;
    }
}
