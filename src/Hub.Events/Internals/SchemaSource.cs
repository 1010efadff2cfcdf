using System.Text.Json.Nodes;

namespace Hub.Events.Internals;

/// <summary>The schema files as written: the shared definitions and one schema per event type, by type.</summary>
internal sealed record SchemaSource(JsonObject Definitions, IReadOnlyDictionary<string, JsonObject> Events);
