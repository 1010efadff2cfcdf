using Hub.Connectors.Internals.Enrichment;
using Hub.Connectors.Internals.Expressions;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads <c>enrich:</c>, named lookups run in the order written; each sees the ones before it.</summary>
internal sealed class EnrichParser(ExpressionCompiler compiler, SpecScopes scopes)
{
    private SpecContext Spec => compiler.Spec;

    /// <summary>The lookups, and the names of all declared (valid or not, so that one mistake reports once).</summary>
    public (IReadOnlyList<Lookup> Lookups, IReadOnlyList<string> Names) Parse(YamlMap? enrich)
    {
        var lookups = new List<Lookup>();
        var names = new List<string>();
        foreach (var (name, keyNode, value) in enrich?.Entries() ?? [])
        {
            var field = enrich!.FieldOf(name);
            if (!SpecPatterns.Identifier().IsMatch(name))
            {
                Spec.Error(keyNode, field, "a lookup name must be a plain identifier (letters, digits, _) so that the mapping can read enriched.name");
                continue;
            }
            if (value is not YamlMappingNode node)
            {
                Spec.Error(value, field, $"expected a mapping (when:, get:, auth:, headers:), found {YamlMap.Describe(value)}");
                names.Add(name);
                continue;
            }
            if (ParseLookup(name, YamlMap.Of(Spec, node, field, SpecContext.LineOf(keyNode)), names.ToArray()) is { } lookup)
            {
                lookups.Add(lookup);
            }
            names.Add(name);
        }
        return (lookups, names);
    }

    private Lookup? ParseLookup(string name, YamlMap spec, IReadOnlyCollection<string> earlier)
    {
        var scope = scopes.Lookup(earlier);
        var when = spec.Written("when") is { } whenNode ? compiler.Compile(whenNode, spec.FieldOf("when"), scope) : null;
        var getNode = spec.Written("get", required: true);
        var url = getNode is null ? null : ParseUrl(getNode, spec.FieldOf("get"), scope);
        var headers = ParseHeaders(spec.Mapping("headers"), scope);
        var auth = spec.Mapping("auth") is { } authSpec ? new LookupAuthParser(compiler).Parse(authSpec, scopes.Auth(earlier)) : null;
        spec.RejectKeysNotAskedFor();
        return url is null || headers is null || (spec.Has("auth") && auth is null) || (spec.Has("when") && when is null)
            ? null
            : new Lookup(name, when, url, headers, auth);
    }

    /// <summary>
    /// The scheme and host must be fixed by the spec or by a leading <c>{{ settings.* }}</c> hole: a request that
    /// carries credentials must not go wherever a payload points.
    /// </summary>
    private TextTemplate? ParseUrl(YamlNode node, string field, ExpressionScope scope)
    {
        var url = new TextTemplateParser(compiler).Parse(node, field, scope, SpecScopes.UrlBase);
        if (url is null)
        {
            return null;
        }
        var parts = url.Parts;
        string? problem;
        if (url.StartsWithHole)
        {
            problem = parts.Count > 1 && parts[1].Literal is not ['/' or '?', ..]
                ? "after a leading {{ }} base URL comes a literal path starting with / or ?"
                : null;
        }
        else
        {
            var prefix = parts[0].Literal!;
            var scheme = prefix.IndexOf("://", StringComparison.Ordinal);
            problem = !(prefix.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || prefix.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                ? "a lookup URL starts with https:// (or http://), or with a {{ settings.* }} base URL"
                : parts.Count > 1 && prefix.IndexOfAny(['/', '?'], scheme + 3) < 0
                    ? "write the host out in full, up to the first /, before any {{ }}"
                    : null;
        }
        if (problem is not null)
        {
            Spec.Error(node, field, $"'{url.Text}': {problem}");
            return null;
        }
        return url;
    }

    private IReadOnlyList<(string, TextTemplate)>? ParseHeaders(YamlMap? headers, ExpressionScope scope)
    {
        var result = new List<(string, TextTemplate)>();
        var valid = true;
        foreach (var (name, keyNode, value) in headers?.Entries() ?? [])
        {
            if (!SpecPatterns.HeaderName().IsMatch(name))
            {
                Spec.Error(keyNode, headers!.FieldOf(name), $"'{name}' is not a header name");
                valid = false;
            }
            else if (new TextTemplateParser(compiler).Parse(value, headers!.FieldOf(name), scope) is { } template)
            {
                result.Add((name, template));
            }
            else
            {
                valid = false;
            }
        }
        return valid ? result : null;
    }
}
