using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>Requests and settings as the host hands them to a connector.</summary>
internal static class SignedRequests
{
    public static WebhookRequest Request(byte[] body, IEnumerable<KeyValuePair<string, string>> headers, string method = "POST") =>
        new(method, "/webhooks/test-1", new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase), body, DateTimeOffset.UnixEpoch);

    public static WebhookRequest Request(byte[] body, params (string Name, string Value)[] headers) =>
        Request(body, headers.Select(h => KeyValuePair.Create(h.Name, h.Value)));

    public static WebhookRequest Without(this WebhookRequest request, string header) =>
        request with { Headers = request.Headers.Where(h => !string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase) };

    public static WebhookRequest With(this WebhookRequest request, string header, string value)
    {
        var headers = request.Headers.ToDictionary(StringComparer.OrdinalIgnoreCase);
        headers[header] = value;
        return request with { Headers = headers };
    }

    public static WebhookRequest WithBody(this WebhookRequest request, byte[] body) => request with { Body = body };

    /// <summary>The body with one byte changed, as a tampering proxy would.</summary>
    public static byte[] Tampered(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[^2] ^= 1;
        return copy;
    }

    public static JsonObject Settings(params (string Name, string Value)[] values)
    {
        var settings = new JsonObject();
        foreach (var (name, value) in values)
        {
            settings[name] = value;
        }
        return settings;
    }
}
