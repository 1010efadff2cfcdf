using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Hub.Events.Internals;

namespace Hub.Events;

/// <summary>The catalogue built from the schemas embedded in this assembly. Immutable and safe to share.</summary>
public sealed class EventCatalog : IEventCatalog
{
    private const string SchemaIdPrefix = "urn:hub:schema:";

    // "v1" for good: the vocabulary is only ever extended, so a schema never changes incompatibly.
    private const string SchemaIdSuffix = ":v1";

    private readonly FrozenDictionary<string, CompiledEventSchema> _schemas;
    private readonly string[] _types;

    private EventCatalog(IEnumerable<CompiledEventSchema> schemas)
    {
        _schemas = schemas.ToFrozenDictionary(s => s.Type, StringComparer.Ordinal);
        _types = [.. _schemas.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The embedded catalogue, read and compiled once per process.</summary>
    public static EventCatalog Default { get; } = Load();

    public IReadOnlyCollection<string> Types => _types;

    public bool IsKnown(string type) => type is not null && _schemas.ContainsKey(type);

    public JsonObject? Schema(string type) =>
        type is not null && _schemas.TryGetValue(type, out var schema) ? schema.Document.DeepClone().AsObject() : null;

    public bool? DeclaresField(string type, IReadOnlyList<string> path) =>
        type is not null && _schemas.TryGetValue(type, out var schema) ? Internals.SchemaFields.Declares(schema.Document, path) : null;

    public string SchemaId(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return IsKnown(type) ? IdOf(type) : throw new ArgumentException($"\"{type}\" is not a known event type.", nameof(type));
    }

    public IReadOnlyList<SchemaError> Validate(string type, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(data);
        if (!_schemas.TryGetValue(type, out var schema))
        {
            return [new SchemaError("type", $"expected a known event type ({string.Join(", ", _types)}), found \"{type}\"")];
        }
        return schema.Validate(data);
    }

    private static string IdOf(string type) => SchemaIdPrefix + type + SchemaIdSuffix;

    private static EventCatalog Load()
    {
        var source = EmbeddedSchemas.Read();
        return new EventCatalog(source.Events.Select(e =>
            CompiledEventSchema.Compile(e.Key, SchemaComposer.Compose(e.Value, source.Definitions, IdOf(e.Key)))));
    }
}
