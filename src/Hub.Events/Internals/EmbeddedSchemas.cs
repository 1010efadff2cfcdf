using System.Reflection;
using System.Text.Json.Nodes;

namespace Hub.Events.Internals;

/// <summary>Reads <c>Schemas/*.json</c>, embedded under fixed logical names (see Hub.Events.csproj).</summary>
internal static class EmbeddedSchemas
{
    public const string DefinitionsFile = "definitions.json";

    private const string Prefix = "Hub.Events.Schemas.";
    private const string Suffix = ".json";

    public static SchemaSource Read()
    {
        var assembly = typeof(EmbeddedSchemas).Assembly;
        var events = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        JsonObject? definitions = null;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var file = name[Prefix.Length..];
            var document = ReadObject(assembly, name);
            if (file == DefinitionsFile)
            {
                definitions = document;
            }
            else
            {
                // The file name is the event type: order.created.json holds order.created.
                events.Add(file[..^Suffix.Length], document);
            }
        }
        return new SchemaSource(
            definitions ?? throw new InvalidOperationException($"The embedded schemas lack {DefinitionsFile}."),
            events);
    }

    private static JsonObject ReadObject(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema {name} cannot be read.");
        return JsonNode.Parse(stream) as JsonObject
            ?? throw new InvalidOperationException($"Embedded schema {name} is not a JSON object.");
    }
}
