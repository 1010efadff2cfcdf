using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using YamlDotNet.RepresentationModel;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads <c>routes:</c>, keyed by the source's event type.</summary>
internal sealed class RouteParser(SpecDiagnostics diagnostics, ExpressionCompiler compiler)
{
    public IReadOnlyDictionary<string, Route> Parse(SpecMapping routes)
    {
        var result = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var (eventType, keyNode, value) in routes.Entries())
        {
            var field = routes.FieldOf(eventType);
            if (value is not YamlMappingNode node)
            {
                diagnostics.Add(value, field, $"expected a mapping (emit:, subject:, data: or ignore: true), found {SpecMapping.Describe(value)}");
                continue;
            }
            if (ParseRoute(eventType, new SpecMapping(node, field, diagnostics, keyNode)) is { } route)
            {
                result[eventType] = route;
            }
        }
        return result;
    }

    private Route? ParseRoute(string eventType, SpecMapping spec)
    {
        if (spec.Boolean("ignore") == true)
        {
            spec.RejectUnknownKeys("a route with ignore: true takes no other keys");
            return Route.Ignoring(eventType);
        }

        var emit = spec.Text("emit", required: true);
        if (emit is not null && !SpecPatterns.CanonicalType().IsMatch(emit))
        {
            diagnostics.Add(spec.Find("emit"), spec.FieldOf("emit"), $"'{emit}' is not a canonical event type such as order.created");
            emit = null;
        }
        var subject = Expression(spec, "subject");
        var time = Expression(spec, "time");
        var dataSpec = spec.Mapping("data");
        var data = dataSpec is null ? null : new DataTemplateParser(diagnostics, compiler).ParseObject(dataSpec, ExpressionScope.Mapping);
        spec.RejectUnknownKeys();
        return emit is null ? null : Route.Emitting(eventType, emit, subject, time, data);
    }

    private CompiledExpression? Expression(SpecMapping spec, string key) =>
        spec.Find(key) is { } node ? compiler.Compile(node, spec.FieldOf(key), ExpressionScope.Mapping) : null;
}
