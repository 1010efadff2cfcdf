using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>
/// The names an expression reads: its root variables (<c>body</c> in <c>body.id</c>) and the members it reads from
/// <c>settings</c> and <c>connector</c>. Checked at load time because Scriban quietly evaluates a misspelt name to null,
/// which in a mapping would drop a field without any error.
/// </summary>
internal sealed class ExpressionNames
{
    private static readonly LexerOptions Lexer = new() { Mode = ScriptMode.ScriptOnly };

    private readonly List<string> _roots = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly List<(string Root, string Member)> _members = [];
    private bool _opaque;

    private ExpressionNames() { }

    /// <summary>Root names read but never assigned inside the expression, in order of appearance.</summary>
    public IEnumerable<string> Roots => _opaque ? [] : _roots.Where(n => !_declared.Contains(n)).Distinct(StringComparer.Ordinal);

    /// <summary>Members read directly from a root (<c>settings.defaultRegion</c> gives (settings, defaultRegion)).</summary>
    public IEnumerable<(string Root, string Member)> Members => _opaque ? [] : _members.Distinct();

    public static ExpressionNames Of(string expression)
    {
        var names = new ExpressionNames();
        var template = Template.Parse(expression, lexerOptions: Lexer);
        names.Visit(template.Page);
        return names;
    }

    private void Visit(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptFunction:
                // Parameters and locals of an inline function are not worth tracking: skip the check altogether.
                _opaque = true;
                return;
            case ScriptVariableGlobal variable:
                _roots.Add(variable.Name);
                return;
            case ScriptMemberExpression member:
                if (member.Target is ScriptVariableGlobal root && member.Member is not null)
                {
                    _members.Add((root.Name, member.Member.Name));
                }
                Visit(member.Target);
                return;
            case ScriptNamedArgument argument:
                Visit(argument.Value);
                return;
            case ScriptObjectMember objectMember:
                Visit(objectMember.Value);
                return;
            case ScriptAssignExpression { Target: ScriptVariableGlobal assigned }:
                _declared.Add(assigned.Name);
                break;
            case ScriptForStatement { Variable: ScriptVariableGlobal loopVariable }:
                _declared.Add(loopVariable.Name);
                break;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            Visit(node.GetChildren(i));
        }
    }
}
