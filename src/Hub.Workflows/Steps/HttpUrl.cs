using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// The URL of an <c>http</c> step: literal text and <c>{{ expression }}</c> parts. A value in the path is escaped as
/// one path segment (a <c>/</c> or a <c>..</c> in it cannot move the request elsewhere on the server), a value after
/// <c>?</c> as a query value; only a value before the path starts (<c>{{ vars.apiBase }}/contacts</c>) is inserted
/// as written, since it names the server.
/// </summary>
public sealed record HttpUrl(string Text, IReadOnlyList<HttpUrlPart> Parts)
{
    /// <summary>Splits <paramref name="text"/> into its parts; throws <see cref="ScriptException"/> on a broken one.</summary>
    public static HttpUrl Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<HttpUrlPart>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new HttpUrlPart(text[at..], null));
                break;
            }
            if (open > at)
            {
                parts.Add(new HttpUrlPart(text[at..open], null));
            }
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new ScriptException($"'{{{{' at character {open + 1} has no closing '}}}}'.");
            }
            var expression = text[(open + 2)..close].Trim();
            if (expression.Length == 0)
            {
                throw new ScriptException($"'{{{{ }}}}' at character {open + 1} is empty; put an expression inside, such as {{{{ event.data.order.id }}}}.");
            }
            parts.Add(new HttpUrlPart(null, HubExpression.Parse(expression)));
            at = close + 2;
        }
        return new HttpUrl(text, parts);
    }
}
