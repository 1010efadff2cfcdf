using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Enrichment;

/// <summary>
/// The lookups of one request: calls the host's client, remembers answers (two events of a batch about the same
/// contact make one call), and turns failures into errors that name the lookup and URL but no credential.
/// </summary>
internal sealed class EnrichmentRun(IEnrichmentClient client, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, JsonNode?> _answers = new(StringComparer.Ordinal);

    public async Task<JsonNode?> GetAsync(string lookup, Uri url, IReadOnlyDictionary<string, string> headers)
    {
        // The key holds credentials, but only in memory for the length of one request.
        var key = url.AbsoluteUri + "\n" + string.Join("\n", headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase).Select(h => $"{h.Key}:{h.Value}"));
        if (_answers.TryGetValue(key, out var known))
        {
            return known; // read-only from here on: the mapping sees it as Scriban values
        }
        JsonNode? answer;
        try
        {
            answer = await client.GetJsonAsync(url, headers, cancellationToken);
        }
        catch (EnrichmentException ex) when (!ex.IsTransient)
        {
            // Refused: a credential, a permission or the spec must change first, so retrying is pointless.
            throw new MappingException($"enrich {lookup}: GET {Display(url.AbsoluteUri)} {Outcome(ex, "was refused")}", ex);
        }
        catch (EnrichmentException ex)
        {
            throw new EnrichmentException($"enrich {lookup}: GET {Display(url.AbsoluteUri)} {Outcome(ex, "failed")}; it will be retried", ex.StatusCode, isTransient: true, ex);
        }
        _answers[key] = answer;
        return answer;
    }

    /// <summary>The URL without user info, for messages.</summary>
    public static string Display(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped)
            : url;

    private static string Outcome(EnrichmentException ex, string verb) =>
        ex.StatusCode is { } status ? $"{verb} ({status}{Reason(status)})" : $"{verb}: {ex.Message}";

    /// <summary>" Not Found" for 404: the status enum's name split into words.</summary>
    private static string Reason(int status)
    {
        var name = ((HttpStatusCode)status).ToString();
        if (int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return string.Empty;
        }
        var words = new StringBuilder();
        foreach (var c in name)
        {
            words.Append(char.IsUpper(c) ? " " : string.Empty).Append(c);
        }
        return words.ToString();
    }
}
