using System.Text.Json.Nodes;

namespace Hub.Events;

/// <summary>
/// The canonical event types Hub knows, with a JSON Schema (draft 2020-12) for the <c>data</c> of each.
/// The schemas type the known vocabulary and allow extra fields: the vocabulary may be extended, never renamed.
/// </summary>
public interface IEventCatalog
{
    /// <summary>Every known event type, in ordinal order.</summary>
    IReadOnlyCollection<string> Types { get; }

    bool IsKnown(string type);

    /// <summary>A fresh, self-contained copy of the type's schema (with <c>$id</c> and every definition it uses); null for an unknown type.</summary>
    JsonObject? Schema(string type);

    /// <summary>The value for the CloudEvents <c>dataschema</c> attribute: <c>urn:hub:schema:{type}:v1</c>. Throws for an unknown type.</summary>
    string SchemaId(string type);

    /// <summary>Checks <paramref name="data"/> against the type's schema: empty when valid; an unknown type gives one error.</summary>
    IReadOnlyList<SchemaError> Validate(string type, JsonObject data);

    /// <summary>
    /// Whether the type's data declares the field at <paramref name="path"/> (<c>["appointment", "start"]</c>); a path
    /// under a field the schema leaves free counts as declared. Null for an unknown type.
    /// </summary>
    bool? DeclaresField(string type, IReadOnlyList<string> path);
}
