using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Hub.IntegrationTests.BadInput;

/// <summary>HubSpot's v3 signature: base64 HMAC-SHA256 of method, the URL HubSpot called, the body and the timestamp.</summary>
public static class HubSpotV3
{
    public static HttpRequestMessage Request(string path, byte[] body, string secret, string webhookUrl)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes("POST" + webhookUrl).Concat(body).Concat(Encoding.UTF8.GetBytes(timestamp)).ToArray();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-HubSpot-Signature-v3", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        request.Headers.Add("X-HubSpot-Signature-Version", "v3");
        return request;
    }
}
