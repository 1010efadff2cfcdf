using System.Globalization;
using System.Security.Cryptography;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>
/// Standard Webhooks 1.0 (generic, BigCommerce): <c>webhook-signature: v1,&lt;base64 HMAC-SHA256 of
/// "{webhook-id}.{webhook-timestamp}.{body}"&gt;</c>. The key is the base64 after <c>whsec_</c>, decoded; BigCommerce
/// keys with its client secret's own bytes.
/// </summary>
public sealed class StandardWebhooksSigner(bool secretIsBase64) : IVendorSigner
{
    private const string IdHeader = "webhook-id";
    private const string TimestampHeader = "webhook-timestamp";
    private const string SignatureHeader = "webhook-signature";

    public void Sign(OutgoingWebhook webhook)
    {
        var id = webhook.Headers.GetValueOrDefault(IdHeader)
            ?? throw new InvalidOperationException("A Standard Webhooks delivery carries its webhook-id; the case gives none.");
        var timestamp = webhook.SignedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var key = secretIsBase64
            ? Convert.FromBase64String(webhook.Secret.StartsWith("whsec_", StringComparison.Ordinal) ? webhook.Secret["whsec_".Length..] : webhook.Secret)
            : Mac.Utf8(webhook.Secret);
        webhook.Headers[TimestampHeader] = timestamp;
        webhook.Headers[SignatureHeader] = "v1," + Convert.ToBase64String(
            Mac.Hmac(HashAlgorithmName.SHA256, key, Mac.Utf8($"{id}.{timestamp}."), webhook.Body));
    }
}
