using System.Text.Json.Nodes;

namespace Hub.Connectors;

/// <summary>
/// The HTTP GET behind a spec's <c>enrich:</c> lookups, implemented by the host (timeouts, retries, proxies are its
/// business). Throws <see cref="EnrichmentException"/> for a refused or failed call.
/// </summary>
public interface IEnrichmentClient
{
    /// <summary>The parsed JSON response; null for an empty body (204 No Content).</summary>
    Task<JsonNode?> GetJsonAsync(Uri url, IReadOnlyDictionary<string, string> headers, CancellationToken ct);
}
