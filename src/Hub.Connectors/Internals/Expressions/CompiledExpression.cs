using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>A spec expression parsed at load time, with the text the author wrote (for error messages).</summary>
internal sealed class CompiledExpression(string text, HubExpression expression)
{
    public string Text { get; } = text;

    /// <summary>
    /// Whether the text mentions <c>body</c>: when no identity expression does, a webhook is received without turning
    /// its whole payload into script values (most sources name the delivery and the event type in headers).
    /// </summary>
    public bool MayReadBody { get; } = System.Text.RegularExpressions.Regex.IsMatch(text, @"\bbody\b");

    /// <summary>Evaluates in <paramref name="scope"/>; a runtime failure becomes a <see cref="MappingException"/> naming the field.</summary>
    public object? Evaluate(ScriptObject scope, string route, string field)
    {
        try
        {
            return expression.Evaluate(scope);
        }
        catch (ScriptException ex)
        {
            throw new MappingException(route, field, ex.Message, ex);
        }
    }

    /// <summary>A condition (<c>when</c>): null, false and empty text are false; anything else is true.</summary>
    public bool IsTrue(ScriptObject scope, string route, string field) => Evaluate(scope, route, field) switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        _ => true,
    };
}
