using System.Net.Mail;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>What a SendGrid instance is configured with.</summary>
internal static class SendGridFields
{
    public const string BaseUrl = "baseUrl";
    public const string From = "from";
    public const string ReplyTo = "replyTo";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string ApiKey = "apiKey";
    public const string WebhookPublicKey = "webhookPublicKey";

    public const string DefaultBaseUrl = "https://api.sendgrid.com";
    public const int DefaultTimeoutSeconds = 10;

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(BaseUrl, ProviderFieldKind.Url, Required: false, $"The API's base URL (default {DefaultBaseUrl}; https://api.eu.sendgrid.com for EU subusers)."),
        new(From, ProviderFieldKind.Text, Required: true,
            "The sender, a verified sender or an address in an authenticated domain: 'noreply@example.com' or 'Example Shop <noreply@example.com>'.")
            { Check = AddressProblem },
        new(ReplyTo, ProviderFieldKind.Text, Required: false, "Where replies go, when not to the sender; same forms as 'from'.") { Check = AddressProblem },
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            "Seconds to wait for the API's answer before trying again later (default 10).") { Minimum = 1, Maximum = 60 },
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(ApiKey, ProviderFieldKind.Text, Required: true, "An API key with the Mail Send permission ('SG.' ...)."),
        new(WebhookPublicKey, ProviderFieldKind.Text, Required: false,
            "The Event Webhook's verification key as SendGrid shows it (Settings → Mail Settings → Event Webhook → Signature Verification): "
            + "base64 of an ECDSA P-256 public key. Without it, events posted to /providers/{id}/events are refused.")
            { Check = EventWebhookSignature.KeyProblem },
    ];

    /// <summary>An address with an optional display name, or null when <paramref name="value"/> is not one.</summary>
    public static MailAddress? ParseAddress(string? value) =>
        value is not null && MailAddress.TryCreate(value, out var address) ? address : null;

    private static string? AddressProblem(string value) =>
        ParseAddress(value) is null ? "Must be an email address, optionally with a display name: 'Name <address@example.com>'." : null;
}
