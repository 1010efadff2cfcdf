using System.Text.Json.Nodes;
using Hub.Events;

namespace Hub.Tests.Events;

internal static class EventData
{
    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>The errors as "path: message" lines, so that a failing assertion shows all of them.</summary>
    public static string[] Errors(string type, string json) =>
        [.. EventCatalog.Default.Validate(type, Parse(json)).Select(e => e.ToString())];
}
