using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Expressions;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>A leaf of the mapping: one expression whose result becomes the field's JSON value.</summary>
internal sealed class ExpressionValue(CompiledExpression expression) : IValueTemplate
{
    public JsonNode? Evaluate(ScriptObject scope, string route, string field) =>
        MappingOutput.ToJson(expression.Evaluate(scope, route, field));
}
