using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Hub.Scripting;

/// <summary>
/// The context Hub runs every script in. For templates it is where values become output, so it is the one place that
/// cleans them (<see cref="UntrustedText"/>), escapes them for HTML, and refuses to write "Hi ," for a missing name.
/// </summary>
internal sealed class HubTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public RenderSettings Settings { get; set; } = RenderSettings.Default;

    /// <summary>Templates: a <c>{{ value }}</c> that is null (missing or JSON null) fails instead of writing nothing.</summary>
    public bool StrictOutput { get; set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is null && StrictOutput && scriptNode is ScriptExpressionStatement { CanOutput: true } statement)
        {
            throw new ScriptRuntimeException(statement.Span, NoValue(statement.Expression));
        }
        return result;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }
        var text = UntrustedText.Clean(ObjectToString(textAsObject) ?? "");
        return Write(Settings.EscapeHtml && textAsObject is not HtmlMarkup ? WebUtility.HtmlEncode(text) : text);
    }

    private static string NoValue(ScriptExpression? expression)
    {
        var paths = expression is null ? [] : ScriptPaths.Of(expression);
        var field = paths.Count > 0 ? paths[0] : null;
        var name = field is null ? expression?.ToString() : string.Join('.', field);
        return $"`{name}` has no value (it is missing or null), so the message would have a gap. "
            + "Give a fallback (`?? 'text'`, `| default 'text'`, `| first_name`) or test it with `if`.";
    }
}
