using System.Text.Json.Nodes;

namespace Hub.Events.Internals;

/// <summary>
/// Turns an event schema file into the document the catalogue serves: it gets its <c>$id</c> and a copy of the
/// shared <c>$defs</c>, and its references into definitions.json become local. The served schema stands alone
/// (an integrator's validator needs no second file) while definitions.json stays the single source.
/// </summary>
internal static class SchemaComposer
{
    private const string SharedRefPrefix = EmbeddedSchemas.DefinitionsFile + "#";
    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Compose(JsonObject eventSchema, JsonObject definitions, string id)
    {
        var body = eventSchema.DeepClone().AsObject();
        if (body.ContainsKey("$defs") || body.ContainsKey("$id"))
        {
            // Definitions belong in definitions.json and the id is the catalogue's to give.
            throw new InvalidOperationException($"The schema for {id} must not declare $defs or $id.");
        }
        Relink(body, id);

        var composed = new JsonObject
        {
            ["$schema"] = body["$schema"]?.DeepClone() ?? Draft202012,
            ["$id"] = id,
        };
        foreach (var (name, value) in body)
        {
            if (name != "$schema")
            {
                composed[name] = value?.DeepClone();
            }
        }
        composed["$defs"] = definitions["$defs"]?.DeepClone()
            ?? throw new InvalidOperationException($"{EmbeddedSchemas.DefinitionsFile} has no $defs.");
        return composed;
    }

    private static void Relink(JsonNode? node, string id)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var target))
                {
                    obj["$ref"] = Local(target, id);
                }
                foreach (var (_, child) in obj)
                {
                    Relink(child, id);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Relink(child, id);
                }
                break;
        }
    }

    private static string Local(string target, string id)
    {
        if (target.StartsWith(SharedRefPrefix, StringComparison.Ordinal))
        {
            return target[(SharedRefPrefix.Length - 1)..];
        }
        // Anything else would need a second document at run time; the catalogue serves self-contained schemas.
        return target.StartsWith('#')
            ? target
            : throw new InvalidOperationException($"The schema for {id} refers to {target}; only definitions.json and local references are allowed.");
    }
}
