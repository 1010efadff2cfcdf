using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Expressions;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Enrichment;

/// <summary>Runs a spec's lookups, in the order declared, for one event about to be mapped.</summary>
internal sealed class Enricher(IReadOnlyList<Lookup> lookups)
{
    public IReadOnlyList<Lookup> Lookups { get; } = lookups;

    /// <summary>
    /// <paramref name="scope"/> plus <c>enriched</c>, holding every lookup's answer (null for those that did not run).
    /// Each lookup sees the answers of those before it; only <c>auth</c> sees <paramref name="credentials"/>.
    /// </summary>
    public async Task<ScriptObject> EnrichAsync(ScriptObject scope, JsonObject? credentials, string route, EnrichmentRun run)
    {
        var enriched = new ScriptObject(Lookups.Count, StringComparer.Ordinal);
        foreach (var lookup in Lookups)
        {
            enriched.SetValue(lookup.Name, null, readOnly: false);
        }
        var result = ScriptScopes.With(scope, Globals.Enriched, enriched);
        if (Lookups.Count == 0)
        {
            return result;
        }
        var authScope = ScriptScopes.With(result, Globals.Credentials, ScriptValues.FromObject(credentials ?? []));
        foreach (var lookup in Lookups)
        {
            enriched.SetValue(lookup.Name, await lookup.RunAsync(result, authScope, route, run), readOnly: false);
        }
        return result;
    }
}
