using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary>An <see cref="IEnrichmentClient"/> answering from a table by URL and recording every call.</summary>
internal sealed class FakeEnrichmentClient : IEnrichmentClient
{
    private readonly Dictionary<string, Func<JsonNode?>> _answers = new(StringComparer.Ordinal);

    /// <summary>A client no lookup may call: for specs without <c>enrich:</c>.</summary>
    public static FakeEnrichmentClient None => new();

    public List<(Uri Url, IReadOnlyDictionary<string, string> Headers)> Calls { get; } = [];

    public FakeEnrichmentClient Answer(string url, string json)
    {
        _answers[url] = () => JsonNode.Parse(json);
        return this;
    }

    public FakeEnrichmentClient Fail(string url, int? status, bool transient)
    {
        _answers[url] = () => throw new EnrichmentException($"the source answered {status}", status, transient);
        return this;
    }

    public Task<JsonNode?> GetJsonAsync(Uri url, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        Calls.Add((url, headers));
        return _answers.TryGetValue(url.AbsoluteUri, out var answer)
            ? Task.FromResult(answer())
            : throw new InvalidOperationException($"Unexpected lookup: GET {url.AbsoluteUri}");
    }
}
