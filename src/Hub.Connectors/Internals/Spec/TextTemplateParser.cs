using Hub.Connectors.Internals.Expressions;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads text with <c>{{ expression }}</c> holes, compiling each hole where the text stands.</summary>
internal sealed class TextTemplateParser(ExpressionCompiler compiler)
{
    /// <summary>The template; <paramref name="leading"/>, when given, is the scope of a hole that opens the text.</summary>
    public TextTemplate? Parse(YamlNode node, string field, ExpressionScope scope, ExpressionScope? leading = null)
    {
        if (node is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
        {
            compiler.Spec.Error(node, field, $"expected text, found {YamlMap.Describe(node)}");
            return null;
        }
        var text = value.Trim();
        var parts = new List<TextTemplate.Part>();
        var valid = true;
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new(text[at..], null));
                break;
            }
            if (open > at)
            {
                parts.Add(new(text[at..open], null));
            }
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                compiler.Spec.Error(node, field, $"'{{{{' at character {open + 1} of '{text}' has no closing '}}}}'");
                return null;
            }
            var holeScope = open == 0 && leading is not null ? leading : scope;
            var hole = compiler.Compile(text[(open + 2)..close], node, field, holeScope);
            valid &= hole is not null;
            parts.Add(new(null, hole));
            at = close + 2;
        }
        return valid ? new TextTemplate(text, parts) : null;
    }
}
