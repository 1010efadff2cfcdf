using Hub.IntegrationTests.Connectors.Golden.Signing;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// Every connector type with golden cases, signed as its <c>connectors/{type}.yaml</c> <c>verify:</c> block and
/// <c>docs/verification-schemes.md</c> describe (header names, encodings, what is signed).
/// </summary>
public static class GoldenVendors
{
    private static readonly Dictionary<string, GoldenVendor> ByType = new[]
    {
        // Acuity signs with the account's API key, which the instance also holds as its apiKey credential.
        new GoldenVendor("acuity", "test-api-key", new HmacBodySigner("X-Acuity-Signature", MacEncoding.Base64), "https://acuityscheduling.com/api/v1"),
        new GoldenVendor("bigcommerce", "golden-bigcommerce-client-secret", new StandardWebhooksSigner(secretIsBase64: false), "https://api.bigcommerce.com"),
        new GoldenVendor("calcom", "golden-calcom-secret", new HmacBodySigner("X-Cal-Signature-256", MacEncoding.Hex)),
        new GoldenVendor("calendly", "golden-calendly-signing-key", TimestampedHmacSigner.Combined("Calendly-Webhook-Signature")),
        new GoldenVendor("generic", "whsec_" + Convert.ToBase64String("golden-generic-standard-webhooks-key"u8.ToArray()), new StandardWebhooksSigner(secretIsBase64: true)),
        new GoldenVendor("hubspot", "golden-hubspot-client-secret", new HubSpotV3Signer("webhookUrl"), "https://api.hubapi.com"),
        new GoldenVendor("pipedrive", "golden-pipedrive-password", new BasicAuthSigner("webhookUsername")),
        new GoldenVendor("salesforce", "unused-by-salesforce-org", new UnsignedSender()),
        new GoldenVendor("shopify", "golden-shopify-client-secret", new HmacBodySigner("X-Shopify-Hmac-Sha256", MacEncoding.Base64)),
        new GoldenVendor("square", "golden-square-signature-key", new UrlHmacSigner("x-square-hmacsha256-signature", "notificationUrl"), "https://connect.squareup.com"),
        new GoldenVendor("stripe", "whsec_golden_stripe_endpoint_secret", TimestampedHmacSigner.Combined("Stripe-Signature")),
        new GoldenVendor("woocommerce", "golden-woocommerce-secret", new HmacBodySigner("X-WC-Webhook-Signature", MacEncoding.Base64)),
        new GoldenVendor("zendesk", "golden-zendesk-signing-secret",
            TimestampedHmacSigner.SeparateIso8601("X-Zendesk-Webhook-Signature", "X-Zendesk-Webhook-Signature-Timestamp")),
    }.ToDictionary(v => v.Type, StringComparer.Ordinal);

    public static GoldenVendor For(string type) => ByType.TryGetValue(type, out var vendor)
        ? vendor
        : throw new InvalidOperationException($"Golden cases of '{type}' exist, but no sender for it: add it to {nameof(GoldenVendors)}.");
}
