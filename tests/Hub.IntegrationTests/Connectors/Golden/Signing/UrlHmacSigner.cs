using System.Security.Cryptography;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary><c>url-hmac</c> (Square): the base64 HMAC-SHA256 of the notification URL as registered, followed by the raw body.</summary>
public sealed class UrlHmacSigner(string header, string urlSetting) : IVendorSigner
{
    public void Sign(OutgoingWebhook webhook) =>
        webhook.Headers[header] = Convert.ToBase64String(
            Mac.Hmac(HashAlgorithmName.SHA256, Mac.Utf8(webhook.Secret), Mac.Utf8(webhook.Setting(urlSetting)), webhook.Body));
}
