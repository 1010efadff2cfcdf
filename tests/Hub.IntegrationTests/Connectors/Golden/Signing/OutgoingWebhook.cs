using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>
/// A delivery as the vendor is about to send it: the raw body and the vendor's headers, the shared secret and the
/// instance settings the vendor's side of the scheme knows (a registered URL, a username), and the signing time.
/// </summary>
public sealed class OutgoingWebhook(byte[] body, string contentType, string secret, JsonObject settings, DateTimeOffset signedAt)
{
    public byte[] Body { get; } = body;

    public string ContentType { get; } = contentType;

    public string Secret { get; } = secret;

    public JsonObject Settings { get; } = settings;

    public DateTimeOffset SignedAt { get; } = signedAt;

    /// <summary>Header names as the vendor spells them; setting one replaces it whatever its case.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Setting(string name) => (string?)Settings[name]
        ?? throw new InvalidOperationException($"The scheme signs with the instance setting '{name}', which the case does not set.");

    public HttpRequestMessage ToRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        foreach (var (name, value) in Headers)
        {
            // Vendor headers are sent verbatim (User-Agent with comments, SOAPAction "\"\""), unparsed.
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InvalidOperationException($"The header {name} cannot be sent on a request.");
            }
        }
        return request;
    }
}
