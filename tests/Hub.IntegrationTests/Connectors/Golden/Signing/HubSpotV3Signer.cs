using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>
/// HubSpot's v3 signature: <c>X-HubSpot-Signature-v3</c> is the base64 HMAC-SHA256 (client secret) of
/// method + URI + body + <c>X-HubSpot-Request-Timestamp</c> (milliseconds). HubSpot decodes these escapes in the URI
/// before signing (developers.hubspot.com, "Validate requests").
/// </summary>
public sealed class HubSpotV3Signer(string urlSetting) : IVendorSigner
{
    private static readonly string[] DecodedEscapes = ["%3A", "%2F", "%3F", "%40", "%21", "%24", "%27", "%28", "%29", "%2A", "%2C", "%3B"];

    public void Sign(OutgoingWebhook webhook)
    {
        var timestamp = webhook.SignedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var uri = Decode(webhook.Setting(urlSetting));
        webhook.Headers["X-HubSpot-Request-Timestamp"] = timestamp;
        webhook.Headers["X-HubSpot-Signature-v3"] = Convert.ToBase64String(
            Mac.Hmac(HashAlgorithmName.SHA256, Mac.Utf8(webhook.Secret), Mac.Utf8("POST" + uri), webhook.Body, Mac.Utf8(timestamp)));
    }

    private static string Decode(string uri)
    {
        var decoded = new StringBuilder(uri);
        foreach (var escape in DecodedEscapes)
        {
            var character = ((char)Convert.ToByte(escape[1..], 16)).ToString();
            decoded.Replace(escape, character).Replace(escape.ToLowerInvariant(), character);
        }
        return decoded.ToString();
    }
}
