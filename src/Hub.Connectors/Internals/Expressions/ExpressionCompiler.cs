using Hub.Connectors.Internals.Spec;
using Hub.Scripting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>Parses every expression of a spec at load time and reports what is wrong with it at its line.</summary>
internal sealed class ExpressionCompiler(SpecDiagnostics diagnostics, IReadOnlyCollection<string> settingNames)
{
    public CompiledExpression? Compile(YamlNode node, string field, ExpressionScope scope)
    {
        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Add(node, field, $"expected an expression, found {SpecMapping.Describe(node)}");
            return null;
        }
        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            diagnostics.Add(node, field, "expected an expression, found nothing");
            return null;
        }
        var rewritten = HeaderReferences.Rewrite(text);
        HubExpression expression;
        try
        {
            expression = HubExpression.Parse(rewritten);
        }
        catch (ScriptException ex)
        {
            diagnostics.Add(node, field, $"syntax error: {ex.Message}");
            return null;
        }
        return CheckNames(scalar, text, rewritten, field, scope) ? new CompiledExpression(text, expression) : null;
    }

    private bool CheckNames(YamlScalarNode node, string text, string rewritten, string field, ExpressionScope scope)
    {
        var names = ExpressionNames.Of(rewritten);
        var valid = true;
        foreach (var root in names.Roots.Where(r => !scope.Allows(r)))
        {
            var message = $"unknown name '{root}' in '{text}'; available here: {string.Join(", ", scope.Variables)}";
            if (node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
            {
                message += $". YAML quotes are not part of the expression: for the literal text write '\"{text}\"'";
            }
            diagnostics.Add(node, field, message);
            valid = false;
        }
        foreach (var (root, member) in names.Members.Where(m => scope.Variables.Contains(m.Root, StringComparer.Ordinal)))
        {
            if (root == Globals.Settings && !settingNames.Contains(member))
            {
                diagnostics.Add(node, field, $"settings.{member} is not declared under settings:");
                valid = false;
            }
            else if (root == Globals.Connector && !Globals.ConnectorMembers.Contains(member, StringComparer.Ordinal))
            {
                diagnostics.Add(node, field, $"connector has no member '{member}'; it has: {string.Join(", ", Globals.ConnectorMembers)}");
                valid = false;
            }
        }
        return valid;
    }
}
