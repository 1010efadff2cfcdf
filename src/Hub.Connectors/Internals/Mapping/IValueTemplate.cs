using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>One node of a route's <c>data</c> mapping; null means "leave this field out".</summary>
internal interface IValueTemplate
{
    JsonNode? Evaluate(ScriptObject scope, string route, string field);
}
