using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Golden;

/// <summary>Answers lookups from a golden case's recorded responses; an object <c>{"$status": 401}</c> is a refusal.</summary>
internal sealed class FakeEnrichmentClient(JsonObject responses) : IEnrichmentClient
{
    public List<(Uri Url, IReadOnlyDictionary<string, string> Headers)> Calls { get; } = [];

    public Task<JsonNode?> GetJsonAsync(Uri url, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        Calls.Add((url, headers));
        if (!responses.TryGetPropertyValue(url.ToString(), out var response))
        {
            throw new InvalidOperationException($"The golden case records no response for GET {url}; recorded: {string.Join(", ", responses.Select(r => r.Key))}");
        }
        if (response is JsonObject obj && obj["$status"] is { } status)
        {
            var code = (int)status;
            throw new EnrichmentException($"HTTP {code}", code, EnrichmentException.IsTransientStatus(code));
        }
        return Task.FromResult(response?.DeepClone());
    }
}
