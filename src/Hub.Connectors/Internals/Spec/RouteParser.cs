using Hub.Events;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>
/// Reads <c>routes:</c>, keyed by the source's event type (<c>*</c> for every type without its own route). A route is
/// a mapping, or a list of alternatives whose <c>when</c> conditions are tried in order.
/// </summary>
internal sealed class RouteParser(ExpressionCompiler compiler, SpecScopes scopes, IReadOnlyCollection<string> lookups)
{
    private SpecContext Spec => compiler.Spec;

    public IReadOnlyDictionary<string, Route> Parse(YamlMap routes)
    {
        var result = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var (eventType, keyNode, value) in routes.Entries())
        {
            var field = routes.FieldOf(eventType);
            var route = value switch
            {
                YamlMappingNode node => ParseCase(eventType, null, YamlMap.Of(Spec, node, field, SpecContext.LineOf(keyNode))) is { } single
                    ? new Route(eventType, [single])
                    : null,
                YamlSequenceNode list => ParseAlternatives(eventType, field, list, keyNode),
                _ => Invalid(value, field),
            };
            if (route is not null)
            {
                result[eventType] = route;
            }
        }
        return result;
    }

    private Route? Invalid(YamlNode value, string field)
    {
        Spec.Error(value, field,
            $"expected a mapping (emit:, subject:, data: or ignore: true) or a list of alternatives with when:, found {YamlMap.Describe(value)}");
        return null;
    }

    private Route? ParseAlternatives(string eventType, string field, YamlSequenceNode list, YamlNode keyNode)
    {
        if (list.Children.Count == 0)
        {
            Spec.Error(keyNode, field, "list at least one alternative");
            return null;
        }
        var cases = new List<RouteCase>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var child = list.Children[i];
            var childField = $"{field}[{i}]";
            if (child is not YamlMappingNode node)
            {
                Spec.Error(child, childField, $"expected a mapping (when:, emit:, ... or ignore: true), found {YamlMap.Describe(child)}");
                continue;
            }
            var spec = YamlMap.Of(Spec, node, childField);
            if (!spec.Has("when") && i < list.Children.Count - 1)
            {
                Spec.Error(node, $"{childField}.when", "only the last alternative may leave out when: the ones after it could never be chosen");
            }
            if (ParseCase(eventType, i, spec) is { } parsed)
            {
                cases.Add(parsed);
            }
        }
        return cases.Count == list.Children.Count ? new Route(eventType, cases) : null;
    }

    private RouteCase? ParseCase(string eventType, int? index, YamlMap spec)
    {
        var when = spec.Written("when") is { } whenNode ? compiler.Compile(whenNode, spec.FieldOf("when"), scopes.Condition) : null;
        if (spec.Boolean("ignore") == true)
        {
            spec.RejectKeysNotAskedFor("a route with ignore: true takes only when:");
            return RouteCase.Ignoring(eventType, index, when);
        }
        var mapping = scopes.Mapping(lookups);
        var emit = ParseEmit(spec, mapping);
        var subject = Expression(spec, "subject", mapping);
        var time = Expression(spec, "time", mapping);
        var data = spec.Written("data") is { } dataNode ? ParseData(dataNode, spec.FieldOf("data"), mapping) : null;
        spec.RejectKeysNotAskedFor();
        return emit is null ? null : RouteCase.Emitting(eventType, index, when, emit, subject, time, data);
    }

    private EmitType? ParseEmit(YamlMap spec, ExpressionScope scope)
    {
        var node = spec.Written("emit", required: true);
        var field = spec.FieldOf("emit");
        var text = node is null ? null : spec.NonBlankTextOf(node, field);
        if (node is null || text is null)
        {
            return null;
        }
        if (text.Contains("{{", StringComparison.Ordinal))
        {
            return new TextTemplateParser(compiler).Parse(node, field, scope) is { } template ? EmitType.Computed(template) : null;
        }
        if (!SpecPatterns.CanonicalType().IsMatch(text))
        {
            Spec.Error(node, field, $"'{text}' is not a canonical event type such as order.created");
            return null;
        }
        var root = text[..text.IndexOf('.', StringComparison.Ordinal)];
        if (scope.Variables.Contains(root, StringComparer.Ordinal))
        {
            // "emit: body.type" is a literal type named after a variable, which is never what the author meant.
            Spec.Error(node, field, $"'{text}' reads like an expression; to emit the type the payload gives, write emit: \"{{{{ {text} }}}}\"");
            return null;
        }
        if (!EventCatalog.Default.IsKnown(text))
        {
            Spec.Error(node, field, $"'{text}' is not in the canonical event catalogue; known types: {string.Join(", ", EventCatalog.Default.Types)}");
            return null;
        }
        return EmitType.Literal(text);
    }

    /// <summary><c>data:</c> is a mapping of fields, or one expression giving the whole object (<c>body.data</c>).</summary>
    private IValueTemplate? ParseData(YamlNode node, string field, ExpressionScope scope)
    {
        switch (node)
        {
            case YamlScalarNode:
                return compiler.Compile(node, field, scope) is { } expression ? new ExpressionValue(expression) : null;
            case YamlMappingNode mapping:
                return new DataTemplateParser(compiler).ParseObject(YamlMap.Of(Spec, mapping, field), scope);
            default:
                Spec.Error(node, field, $"expected a mapping of fields or an expression such as body.data, found {YamlMap.Describe(node)}");
                return null;
        }
    }

    private CompiledExpression? Expression(YamlMap spec, string key, ExpressionScope scope) =>
        spec.Written(key) is { } node ? compiler.Compile(node, spec.FieldOf(key), scope) : null;
}
