namespace Hub.Tests.Connectors.Verification;

/// <summary>
/// The <c>verify:</c> (and, where a scheme reads one, <c>settings:</c>) blocks each source system's real spec uses,
/// copied into docs/verification-schemes.md. Tests load them through the public catalog, exactly as a spec file would.
/// </summary>
internal static class VerifySpecs
{
    public const string Shopify = """
        verify:
          scheme: hmac-body
          header: X-Shopify-Hmac-Sha256
          algorithm: sha256
          encoding: base64
        """;

    public const string WooCommerce = """
        verify:
          scheme: hmac-body
          header: X-WC-Webhook-Signature
          algorithm: sha256
          encoding: base64
        """;

    public const string CalCom = """
        verify:
          scheme: hmac-body
          header: X-Cal-Signature-256
          algorithm: sha256
          encoding: hex
        """;

    public const string Acuity = """
        verify:
          scheme: hmac-body
          header: X-Acuity-Signature
          algorithm: sha256
          encoding: base64
        """;

    public const string Stripe = """
        verify:
          scheme: timestamped-hmac
          signature_header: Stripe-Signature
          signed_payload: "{timestamp}.{body}"
          encoding: hex
          tolerance: 5m
        """;

    public const string Calendly = """
        verify:
          scheme: timestamped-hmac
          signature_header: Calendly-Webhook-Signature
          signed_payload: "{timestamp}.{body}"
          encoding: hex
          tolerance: 3m
        """;

    public const string Zendesk = """
        verify:
          scheme: timestamped-hmac
          signature_header: X-Zendesk-Webhook-Signature
          timestamp_header: X-Zendesk-Webhook-Signature-Timestamp
          timestamp_format: iso8601
          signed_payload: "{timestamp}{body}"
          encoding: base64
          tolerance: 5m
        """;

    public const string StandardWebhooks = """
        verify:
          scheme: standard-webhooks
          tolerance: 5m
        """;

    public const string BigCommerce = """
        verify:
          scheme: standard-webhooks
          id_header: webhook-id
          timestamp_header: webhook-timestamp
          signature_header: webhook-signature
          secret_encoding: utf8
          tolerance: 5m
        """;

    public const string Square = """
        verify:
          scheme: url-hmac
          header: x-square-hmacsha256-signature
          url_setting: notificationUrl
          algorithm: sha256
          encoding: base64
        settings:
          notificationUrl:
            type: url
            required: true
            help: The notification URL exactly as entered in the Square Developer Console; Square signs it with the body.
        """;

    public const string HubSpot = """
        verify:
          scheme: hubspot
          url_setting: webhookUrl
          versions: [v1, v2, v3]
          tolerance: 5m
        settings:
          webhookUrl:
            type: url
            required: true
            help: The target URL exactly as entered in the HubSpot app's webhook settings; signatures v2 and v3 cover it.
        """;

    public const string Pipedrive = """
        verify:
          scheme: basic-auth
          username_setting: webhookUsername
        settings:
          webhookUsername:
            type: string
            required: true
            help: The HTTP auth username given when creating the Pipedrive webhook; the password is the connector secret.
        """;

    public const string Salesforce = """
        verify:
          scheme: salesforce-org
          org_setting: organizationId
        settings:
          organizationId:
            type: string
            required: true
            help: The Salesforce organization id (15 or 18 characters, Setup > Company Information).
        """;

    /// <summary>Each block under the connector type (and fixture folder) it belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["shopify"] = Shopify,
        ["woocommerce"] = WooCommerce,
        ["calcom"] = CalCom,
        ["acuity"] = Acuity,
        ["stripe"] = Stripe,
        ["calendly"] = Calendly,
        ["zendesk"] = Zendesk,
        ["standard-webhooks"] = StandardWebhooks,
        ["bigcommerce"] = BigCommerce,
        ["square"] = Square,
        ["hubspot"] = HubSpot,
        ["pipedrive"] = Pipedrive,
        ["salesforce"] = Salesforce,
    };

    /// <summary>A complete minimal spec around <paramref name="verifyAndSettings"/>.</summary>
    public static string Spec(string type, string verifyAndSettings) => $$"""
        type: {{type}}
        name: {{type}}
        event_type: header.X-Event-Type
        routes:
          ping: { ignore: true }
        {{verifyAndSettings}}

        """;
}
