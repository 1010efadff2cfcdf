using System.Text;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>
/// Rewrites <c>header.X-Shopify-Topic</c> to <c>header["x-shopify-topic"]</c> before Scriban sees it: header names
/// contain dashes (which Scriban would read as subtraction) and are case-insensitive (Scriban member access is not),
/// so the whole dashed name is taken as the header and looked up in lower case.
/// </summary>
internal static class HeaderReferences
{
    private const string Prefix = "header.";

    public static string Rewrite(string expression)
    {
        if (!expression.Contains(Prefix, StringComparison.Ordinal))
        {
            return expression;
        }
        var result = new StringBuilder(expression.Length + 16);
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c is '"' or '\'' or '`')
            {
                var end = EndOfString(expression, i);
                result.Append(expression, i, end - i);
                i = end;
                continue;
            }
            if (StartsReference(expression, i))
            {
                var start = i + Prefix.Length;
                var end = start;
                while (end < expression.Length && IsNameChar(expression[end]))
                {
                    end++;
                }
                if (end > start)
                {
                    result.Append("header[\"").Append(expression[start..end].ToLowerInvariant()).Append("\"]");
                    i = end;
                    continue;
                }
            }
            result.Append(c);
            i++;
        }
        return result.ToString();
    }

    private static bool StartsReference(string text, int at) =>
        string.CompareOrdinal(text, at, Prefix, 0, Prefix.Length) == 0
        && (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '.' or '$'));

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    /// <summary>The index just past the string literal opening at <paramref name="start"/> (backtick strings have no escapes).</summary>
    private static int EndOfString(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i += 2;
                continue;
            }
            if (text[i] == quote)
            {
                return i + 1;
            }
            i++;
        }
        return text.Length;
    }
}
