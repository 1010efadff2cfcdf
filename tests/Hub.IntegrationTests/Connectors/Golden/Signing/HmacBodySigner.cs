using System.Security.Cryptography;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary><c>hmac-body</c> (Shopify, WooCommerce, Cal.com, Acuity): one header with the HMAC of the raw body, keyed with the secret.</summary>
public sealed class HmacBodySigner(string header, MacEncoding encoding) : IVendorSigner
{
    public void Sign(OutgoingWebhook webhook) =>
        webhook.Headers[header] = Mac.Encode(Mac.Hmac(HashAlgorithmName.SHA256, Mac.Utf8(webhook.Secret), webhook.Body), encoding);
}
