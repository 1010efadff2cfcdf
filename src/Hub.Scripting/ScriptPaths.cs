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
        return [.. collector.Reads.Select(r => r.Path)];
    }

    /// <summary>The paths one expression of a template reads, e.g. to name the field a failing <c>{{ }}</c> wanted.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(ScriptNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var collector = new Collector();
        node.Accept(collector);
        return [.. collector.Reads.Select(r => r.Path)];
    }

    /// <summary>
    /// The paths a template reads from the data it is given, with their positions; names the template binds itself
    /// (<c>for item in</c>, <c>x = ...</c>, <c>capture x</c>) are its own, not the data's, and are left out.
    /// </summary>
    public static IReadOnlyList<ScriptRead> ReadsOf(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var collector = new Collector();
        template.Page?.Accept(collector);
        return [.. collector.Reads.Where(r => !collector.Bound.Contains(r.Path[0]))];
    }

    private sealed class Collector : ScriptVisitor
    {
        public List<ScriptRead> Reads { get; } = [];

        public HashSet<string> Bound { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptMemberExpression node)
        {
            if (Chain(node) is { } path)
            {
                Add(path, node);
                return; // the chain's prefixes are not separate reads
            }
            base.Visit(node);
        }

        public override void Visit(ScriptIndexerExpression node)
        {
            if (Chain(node) is { } path)
            {
                Add(path, node);
                node.Index?.Accept(this);
                return;
            }
            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            Add([node.Name], node);
            base.Visit(node);
        }

        public override void Visit(ScriptForStatement node)
        {
            Bind(node.Variable);
            base.Visit(node);
        }

        public override void Visit(ScriptAssignExpression node)
        {
            Bind(node.Target);
            base.Visit(node);
        }

        public override void Visit(ScriptCaptureStatement node)
        {
            Bind(node.Target);
            base.Visit(node);
        }

        private void Bind(ScriptExpression? target)
        {
            if (target is ScriptVariableGlobal global)
            {
                Bound.Add(global.Name);
            }
        }

        private void Add(List<string> path, ScriptNode node) =>
            Reads.Add(new ScriptRead(path, node.Span.Start.Line + 1, node.Span.Start.Column + 1));

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
