using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Hub.Events.Internals;

/// <summary>One event type's served schema document and its compiled form, built once and shared by every call.</summary>
internal sealed class CompiledEventSchema
{
    // Most events are valid: a yes/no answer first, which stops at the first failure and collects nothing.
    private static readonly EvaluationOptions Check = new() { OutputFormat = OutputFormat.Flag };

    // Only for invalid data: list output keeps each failing keyword with its instance and schema locations.
    private static readonly EvaluationOptions Explain = new()
    {
        OutputFormat = OutputFormat.List,
        Culture = CultureInfo.InvariantCulture,
    };

    private readonly JsonSchema _schema;

    private CompiledEventSchema(string type, JsonObject document, JsonSchema schema)
    {
        Type = type;
        Document = document;
        _schema = schema;
    }

    public string Type { get; }

    /// <summary>The served schema; never handed out (callers get copies) so that it stays as compiled.</summary>
    public JsonObject Document { get; }

    public static CompiledEventSchema Compile(string type, JsonObject document)
    {
        // A registry of its own: building touches no process-wide state and our $ids meet no one else's.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return new CompiledEventSchema(type, document, JsonSchema.FromText(document.ToJsonString(), options));
    }

    public IReadOnlyList<SchemaError> Validate(JsonObject data)
    {
        using var instance = ToDocument(data);
        if (_schema.Evaluate(instance.RootElement, Check).IsValid)
        {
            return [];
        }
        return ErrorTranslator.Translate(_schema.Evaluate(instance.RootElement, Explain), Document, instance.RootElement);
    }

    private static JsonDocument ToDocument(JsonObject data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            data.WriteTo(writer);
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
