using Hub.Scripting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>Parses every expression of a spec at load time and reports what is wrong with it at its line.</summary>
internal sealed class ExpressionCompiler(
    SpecContext spec,
    IReadOnlyCollection<string> settingNames,
    IReadOnlyCollection<string> credentialNames)
{
    public SpecContext Spec => spec;

    public CompiledExpression? Compile(YamlNode node, string field, ExpressionScope scope)
    {
        if (node is not YamlScalarNode scalar)
        {
            spec.Error(node, field, $"expected an expression, found {YamlMap.Describe(node)}");
            return null;
        }
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        return Compile(scalar.Value, node, field, scope, quoted);
    }

    /// <summary>Compiles <paramref name="text"/> (a <c>{{ }}</c> hole, say) and reports its errors at <paramref name="at"/>.</summary>
    public CompiledExpression? Compile(string? text, YamlNode at, string field, ExpressionScope scope, bool quoted = false)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            spec.Error(at, field, "expected an expression, found nothing");
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
            spec.Error(at, field, $"syntax error: {ex.Message}");
            return null;
        }
        return CheckNames(at, text, rewritten, field, scope, quoted) ? new CompiledExpression(text, expression) : null;
    }

    private bool CheckNames(YamlNode node, string text, string rewritten, string field, ExpressionScope scope, bool quoted)
    {
        var names = ExpressionNames.Of(rewritten);
        var valid = true;
        foreach (var root in names.Roots.Where(r => !scope.Allows(r)))
        {
            var message = $"unknown name '{root}' in '{text}'; available here: {string.Join(", ", scope.Variables)}";
            if (scope.WhyAbsent(root) is { } why)
            {
                message += $" ({why})";
            }
            if (quoted)
            {
                message += $". YAML quotes are not part of the expression: for the literal text write '\"{text}\"'";
            }
            spec.Error(node, field, message);
            valid = false;
        }
        foreach (var (root, member) in names.Members.Where(m => scope.Variables.Contains(m.Root, StringComparer.Ordinal)))
        {
            if (MemberError(root, member, scope) is { } error)
            {
                spec.Error(node, field, error);
                valid = false;
            }
        }
        return valid;
    }

    private string? MemberError(string root, string member, ExpressionScope scope) => root switch
    {
        Globals.Settings when !settingNames.Contains(member) => $"settings.{member} is not declared under settings:",
        Globals.Credentials when !credentialNames.Contains(member) => $"credentials.{member} is not declared under credentials:",
        Globals.Connector when !Globals.ConnectorMembers.Contains(member, StringComparer.Ordinal) =>
            $"connector has no member '{member}'; it has: {string.Join(", ", Globals.ConnectorMembers)}",
        Globals.Enriched when scope.Lookups is { } lookups && !lookups.Contains(member) =>
            $"enriched.{member} names no lookup available here; available: {(lookups.Count == 0 ? "none" : string.Join(", ", lookups))}"
            + (scope.WhyAbsent(Globals.Enriched) is { } why ? $" ({why})" : string.Empty),
        _ => null,
    };
}
