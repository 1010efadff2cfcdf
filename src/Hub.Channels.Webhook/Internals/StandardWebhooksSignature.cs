using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Channels.Webhook.Internals;

/// <summary>
/// Standard Webhooks signing (standardwebhooks.com): <c>webhook-signature</c> = <c>v1,</c> + base64 of
/// HMAC-SHA256(key, <c>{id}.{timestamp}.{body}</c>), beside <c>webhook-id</c> and <c>webhook-timestamp</c> (unix seconds).
/// </summary>
internal static class StandardWebhooksSignature
{
    public static void Sign(HttpRequestHeaders headers, byte[] key, string id, long timestamp, byte[] body)
    {
        var stamp = timestamp.ToString(CultureInfo.InvariantCulture);
        var prefix = Encoding.UTF8.GetBytes($"{id}.{stamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        headers.Add("webhook-id", id);
        headers.Add("webhook-timestamp", stamp);
        headers.Add("webhook-signature", "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed)));
    }
}
