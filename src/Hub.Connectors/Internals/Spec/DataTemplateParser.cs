using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>
/// Reads a route's <c>data:</c>. Scalars are expressions, mappings are objects, lists are lists, and a mapping with
/// an <c>each</c> key maps a source list element by element.
/// </summary>
internal sealed class DataTemplateParser(ExpressionCompiler compiler)
{
    private const string EachKey = "each";

    private SpecContext Spec => compiler.Spec;

    public ObjectValue ParseObject(YamlMap mapping, ExpressionScope scope)
    {
        var fields = new List<(string, IValueTemplate)>();
        foreach (var (name, _, value) in mapping.Entries())
        {
            if (Parse(value, mapping.FieldOf(name), scope) is { } template)
            {
                fields.Add((name, template));
            }
        }
        return new ObjectValue(fields);
    }

    private IValueTemplate? Parse(YamlNode node, string field, ExpressionScope scope)
    {
        switch (node)
        {
            case YamlScalarNode:
                return compiler.Compile(node, field, scope) is { } expression ? new ExpressionValue(expression) : null;
            case YamlSequenceNode sequence:
                var items = new List<IValueTemplate>();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Parse(sequence.Children[i], $"{field}[{i}]", scope) is { } item)
                    {
                        items.Add(item);
                    }
                }
                return new ListValue(items);
            case YamlMappingNode mapping:
                var spec = YamlMap.Of(Spec, mapping, field);
                return spec.Has(EachKey) ? ParseEach(spec, scope) : ParseObject(spec, scope);
            default:
                Spec.Error(node, field, $"unexpected {node.NodeType}");
                return null;
        }
    }

    private EachValue? ParseEach(YamlMap spec, ExpressionScope scope)
    {
        var sourceNode = spec.Written(EachKey, required: true);
        var source = sourceNode is null ? null : compiler.Compile(sourceNode, spec.FieldOf(EachKey), scope);
        var variable = spec.NonBlankText("as") ?? Globals.DefaultItem;
        var mapNode = spec.Written("map", required: true);
        spec.RejectKeysNotAskedFor("a mapping with 'each' maps a list and takes only: each, as, map");

        if (!spec.Has("as") && !scope.CanIntroduce(variable))
        {
            Spec.Error(spec.Line, spec.FieldOf("as"), $"name the element with as: ('{variable}' is the batch element here)");
            return null;
        }
        if (!SpecPatterns.Identifier().IsMatch(variable) || !scope.CanIntroduce(variable))
        {
            Spec.Error(spec.Written("as"), spec.FieldOf("as"),
                $"'{variable}' cannot name the element: use an identifier that is not already one of {string.Join(", ", scope.Variables)} or a function");
            return null;
        }
        var map = mapNode is null ? null : Parse(mapNode, spec.FieldOf("map"), scope.With(variable));
        return source is null || map is null ? null : new EachValue(source, variable, map);
    }
}
