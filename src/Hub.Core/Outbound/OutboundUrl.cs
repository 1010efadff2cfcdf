namespace Hub.Core.Outbound;

/// <summary>
/// Builds outbound URLs from a fixed template and untrusted values, so that a value can fill its place but not
/// change the URL's host, path or query structure.
/// </summary>
public static class OutboundUrl
{
    /// <summary>
    /// Keeps percent-escaped dots as written. Without it <see cref="Uri"/> reads <c>%2E%2E</c> as <c>..</c> and
    /// removes the segment before it, which is exactly what escaping the value was meant to prevent.
    /// </summary>
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>
    /// <paramref name="value"/> escaped to stand inside one path segment: <c>/</c>, <c>?</c>, <c>#</c>, <c>%</c> and
    /// everything else outside the unreserved characters are percent-escaped, and a value of only dots (<c>.</c>,
    /// <c>..</c>) has its dots escaped (<c>%2E</c>) so that it cannot become a segment that moves up the path.
    /// </summary>
    public static string EscapePathSegment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = Uri.EscapeDataString(value);
        return escaped.Length > 0 && escaped.All(c => c == '.') ? escaped.Replace(".", "%2E", StringComparison.Ordinal) : escaped;
    }

    /// <summary><paramref name="value"/> escaped to stand as a query parameter's name or value (<c>&amp;</c>, <c>=</c>, <c>#</c> escaped).</summary>
    public static string EscapeQueryValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.EscapeDataString(value);
    }

    /// <summary>
    /// Fills each <c>{name}</c> of <paramref name="template"/> (<c>https://api.example.com/contacts/{id}?q={q}</c>) from
    /// <paramref name="values"/>, escaped for where it stands (path segment or query), and parses the result with
    /// <see cref="TryCreate"/>. The template itself is trusted and inserted as written.
    /// </summary>
    public static Uri Build(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = new System.Text.StringBuilder();
        var inQuery = false;
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var literal = open < 0 ? template[at..] : template[at..open];
            result.Append(literal);
            inQuery |= literal.Contains('?', StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException($"'{{' at character {open + 1} of '{template}' has no closing '}}'");
            }
            var name = template[(open + 1)..close];
            var value = values.TryGetValue(name, out var found) ? found : throw new KeyNotFoundException($"No value for {{{name}}} in '{template}'");
            result.Append(inQuery ? EscapeQueryValue(value) : EscapePathSegment(value));
            at = close + 1;
        }
        var text = result.ToString();
        return TryCreate(text, out var uri) ? uri : throw new FormatException($"'{text}' is not an absolute http(s) URL");
    }

    /// <summary>
    /// An absolute http or https URL whose path and query stay exactly as written (escaped dots stay escaped).
    /// Use it only on text whose variable parts went through <see cref="EscapePathSegment"/> or <see cref="EscapeQueryValue"/>.
    /// </summary>
    public static bool TryCreate(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri)
    {
        // Verbatim also means unescaped: text with spaces or control characters would go on the wire as it is.
        if (text is not null && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            && Uri.TryCreate(text, in Verbatim, out uri) && uri.IsAbsoluteUri && uri.Scheme is "https" or "http" && uri.Host.Length > 0)
        {
            return true;
        }
        uri = null;
        return false;
    }
}
