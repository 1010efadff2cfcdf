using System.Text.RegularExpressions;

namespace Hub.Channels.Twilio.Internals;

/// <summary>What a Twilio instance is configured with.</summary>
internal static partial class TwilioFields
{
    public const string BaseUrl = "baseUrl";
    public const string AccountSid = "accountSid";
    public const string From = "from";
    public const string MessagingServiceSid = "messagingServiceSid";
    public const string CallbackBaseUrl = "callbackBaseUrl";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string AuthToken = "authToken";

    public const string DefaultBaseUrl = "https://api.twilio.com";
    public const int DefaultTimeoutSeconds = 10;

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(BaseUrl, ProviderFieldKind.Url, Required: false, $"Twilio's REST API (default {DefaultBaseUrl})."),
        new(AccountSid, ProviderFieldKind.Text, Required: true, "The account SID, AC followed by 32 hex digits.")
        {
            Check = sid => AccountSidPattern().IsMatch(sid) ? null : "Must be AC followed by 32 hex digits.",
        },
        new(From, ProviderFieldKind.Text, Required: false,
            "The sender: a Twilio number in E.164, a short code or an alphanumeric sender ID. Set this or messagingServiceSid."),
        new(MessagingServiceSid, ProviderFieldKind.Text, Required: false,
            "The Messaging Service that picks the sender (MG followed by 32 hex digits). Set this or from.")
        {
            Check = sid => ServiceSidPattern().IsMatch(sid) ? null : "Must be MG followed by 32 hex digits.",
        },
        new(CallbackBaseUrl, ProviderFieldKind.Url, Required: true,
            "Hub's public URL as Twilio reaches it, e.g. https://hub.example.com: status callbacks go to {callbackBaseUrl}/providers/{id}/status, and the URL is part of what Twilio signs."),
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            "Seconds to wait for Twilio's answer before trying again later (default 10).") { Minimum = 1, Maximum = 60 },
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(AuthToken, ProviderFieldKind.Text, Required: true,
            "The account's auth token: the password of HTTP Basic on the API, and the key of X-Twilio-Signature on callbacks."),
    ];

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex("^MG[0-9a-fA-F]{32}$")]
    private static partial Regex ServiceSidPattern();
}
