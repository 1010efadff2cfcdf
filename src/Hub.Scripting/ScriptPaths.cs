using Scriban;
using Scriban.Syntax;

namespace Hub.Scripting;

/// <summary>
/// The variable paths an expression or template reads (<c>event.data.order.total</c>, <c>contact.phone</c>), so that a
/// definition can be checked against the schema of the data it will see before any event arrives. Only plain chains
/// of names (and literal indexes) are reported; a computed index ends the path there.
/// </summary>
public static class ScriptPaths
{
    public static IReadOnlyList<IReadOnlyList<string>> Of(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var collector = new Collector();
        template.Page?.Accept(collector);
        return collector.Paths;
    }

    private sealed class Collector : ScriptVisitor
    {
        public List<IReadOnlyList<string>> Paths { get; } = [];

        public override void Visit(ScriptMemberExpression node)
        {
            if (Chain(node) is { } path)
            {
                Paths.Add(path);
                return; // the chain's prefixes are not separate reads
            }
            base.Visit(node);
        }

        public override void Visit(ScriptIndexerExpression node)
        {
            if (Chain(node) is { } path)
            {
                Paths.Add(path);
                node.Index?.Accept(this);
                return;
            }
            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            Paths.Add([node.Name]);
            base.Visit(node);
        }

        private static List<string>? Chain(ScriptExpression? expression)
        {
            switch (expression)
            {
                case ScriptVariableGlobal global:
                    return [global.Name];
                case ScriptMemberExpression { Member: ScriptVariable member } m when Chain(m.Target) is { } head:
                    head.Add(member.Name);
                    return head;
                case ScriptIndexerExpression { Index: ScriptLiteral { Value: { } literal } } i when Chain(i.Target) is { } head:
                    head.Add(Convert.ToString(literal, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    return head;
                default:
                    return null;
            }
        }
    }
}
