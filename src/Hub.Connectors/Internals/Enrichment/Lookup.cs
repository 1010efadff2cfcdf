using Hub.Connectors.Internals.Expressions;
using Hub.Core.Outbound;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Enrichment;

/// <summary>
/// One <c>enrich:</c> entry: a GET whose JSON answer the mapping reads as <c>enriched.{Name}</c>. Runs only for events
/// that will be emitted, and only when its <c>when</c> holds.
/// </summary>
internal sealed class Lookup(
    string name,
    CompiledExpression? when,
    TextTemplate url,
    IReadOnlyList<(string Name, TextTemplate Value)> headers,
    LookupAuth? auth)
{
    public string Name { get; } = name;

    /// <summary>The parsed response; null when <c>when</c> does not hold (or the source answers with no body).</summary>
    public async Task<object?> RunAsync(ScriptObject scope, ScriptObject authScope, string route, EnrichmentRun run)
    {
        var field = $"enrich.{Name}";
        if (when is not null && !when.IsTrue(scope, route, $"{field}.when"))
        {
            return null;
        }
        var text = url.Render(scope, route, $"{field}.get", Encode);
        if (!OutboundUrl.TryCreate(text, out var uri))
        {
            throw new MappingException(route, $"{field}.get", $"'{EnrichmentRun.Display(text)}' is not an absolute http(s) URL");
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (header, value) in headers)
        {
            values[header] = value.Render(scope, route, $"{field}.headers.{header}");
        }
        auth?.AddTo(values, authScope, route, $"{field}.auth");
        return Hub.Scripting.ScriptValues.FromJson(await run.GetAsync(Name, uri, values));
    }

    /// <summary>
    /// Holes are escaped so that a value from the payload cannot change the path or add a query: in the path, <c>/</c>
    /// and a value of <c>..</c> are escaped too (<see cref="OutboundUrl.EscapePathSegment"/>). A hole that opens the
    /// URL is the base (scheme, host, base path, from settings) and goes in as is, without a trailing slash.
    /// </summary>
    private string Encode(int index, string value) =>
        index == 0 && url.StartsWithHole ? value.TrimEnd('/')
        : InQuery(index) ? OutboundUrl.EscapeQueryValue(value)
        : OutboundUrl.EscapePathSegment(value);

    /// <summary>True when a literal before the hole at <paramref name="index"/> has opened the query.</summary>
    private bool InQuery(int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (url.Parts[i].Literal is { } literal && literal.Contains('?', StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
