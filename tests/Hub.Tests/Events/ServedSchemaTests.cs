using System.Text.Json.Nodes;
using Hub.Events;

namespace Hub.Tests.Events;

/// <summary>The schemas as integrators get them, and the files they are built from.</summary>
public sealed class ServedSchemaTests
{
    private static string SchemasDirectory => Path.Combine(RepoPaths.Root, "src", "Hub.Events", "Schemas");

    [Fact]
    public void Served_schemas_stand_alone_every_reference_resolves_inside_the_document()
    {
        Assert.All(EventCatalog.Default.Types, type =>
        {
            var schema = EventCatalog.Default.Schema(type)!;
            foreach (var target in References(schema))
            {
                Assert.StartsWith("#/", target, StringComparison.Ordinal);
                Assert.True(Resolve(schema, target) is JsonObject, $"{type}: {target} does not resolve");
            }
        });
    }

    [Fact]
    public void Every_event_schema_file_is_one_catalogued_type_and_defines_nothing_of_its_own()
    {
        var files = Directory.GetFiles(SchemasDirectory, "*.json").Select(Path.GetFileName).ToList();

        Assert.Contains("definitions.json", files);
        Assert.Equal(
            EventCatalog.Default.Types.Select(t => t + ".json").Order(StringComparer.Ordinal),
            files.Where(f => f != "definitions.json").Order(StringComparer.Ordinal));
        Assert.All(files.Where(f => f != "definitions.json"), file =>
        {
            // definitions.json is the single source of the vocabulary; an event schema only says what it requires.
            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemasDirectory, file!)))!.AsObject();
            Assert.False(schema.ContainsKey("$defs"), file);
            Assert.Equal("definitions.json#/$defs/eventData", schema["$ref"]!.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("contact")]
    [InlineData("order")]
    [InlineData("cart")]
    [InlineData("appointment")]
    [InlineData("payment")]
    [InlineData("deal")]
    [InlineData("ticket")]
    [InlineData("message")]
    public void Every_vocabulary_object_is_typed_in_every_event(string name)
    {
        Assert.All(EventCatalog.Default.Types, type =>
        {
            var schema = EventCatalog.Default.Schema(type)!;
            Assert.Equal($"#/$defs/{name}", schema["$defs"]!["eventData"]!["properties"]![name]!["$ref"]!.GetValue<string>());
            Assert.Equal("object", schema["$defs"]![name]!["type"]!.GetValue<string>());
        });
    }

    [Fact]
    public void Formats_are_enforced_by_patterns_not_by_format_keywords()
    {
        var defs = EventCatalog.Default.Schema("order.created")!["$defs"]!;

        Assert.Equal(@"^\+[1-9][0-9]{6,14}$", defs["phone"]!["pattern"]!.GetValue<string>());
        Assert.Equal("^[A-Z]{3}$", defs["currency"]!["pattern"]!.GetValue<string>());
        Assert.NotNull(defs["dateTime"]!["pattern"]);
        Assert.NotNull(defs["locale"]!["pattern"]);
        Assert.Equal("string", defs["id"]!["type"]!.GetValue<string>());
        Assert.Equal("number", defs["money"]!["type"]!.GetValue<string>());
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    private static JsonNode? Resolve(JsonNode root, string reference) =>
        reference[2..].Split('/').Aggregate<string, JsonNode?>(root, (node, segment) => node?[segment]);
}
