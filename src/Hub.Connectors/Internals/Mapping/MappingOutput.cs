using System.Text.Json.Nodes;
using Hub.Scripting;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>Turns an expression result into the JSON of a canonical field.</summary>
internal static class MappingOutput
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        // Scriban reads a literal such as 1.5 as a double; canonical numbers are decimals, so convert the few
        // doubles that appear before they reach JSON with binary noise.
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => JsonValue.Create((decimal)d),
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e27f => JsonValue.Create((decimal)f),
        _ => ScriptValues.ToJson(value),
    };
}
