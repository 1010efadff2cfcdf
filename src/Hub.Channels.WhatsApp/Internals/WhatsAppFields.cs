namespace Hub.Channels.WhatsApp.Internals;

/// <summary>What a WhatsApp Cloud API instance is configured with.</summary>
internal static class WhatsAppFields
{
    public const string BaseUrl = "baseUrl";
    public const string ApiVersion = "apiVersion";
    public const string PhoneNumberId = "phoneNumberId";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string AccessToken = "accessToken";
    public const string AppSecret = "appSecret";
    public const string VerifyToken = "verifyToken";

    public const string DefaultBaseUrl = "https://graph.facebook.com";
    public const string DefaultApiVersion = "v23.0";
    public const int DefaultTimeoutSeconds = 15;

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(BaseUrl, ProviderFieldKind.Url, Required: false, $"The Graph API's base URL (default {DefaultBaseUrl})."),
        new(ApiVersion, ProviderFieldKind.Text, Required: false, $"The Graph API version, e.g. v23.0 (default {DefaultApiVersion}).")
        {
            Check = v => IsVersion(v) ? null : "Must look like v23.0.",
        },
        new(PhoneNumberId, ProviderFieldKind.Text, Required: true, "The business phone number's id in WhatsApp Manager (digits), which sends the messages.")
        {
            Check = v => v.All(char.IsAsciiDigit) ? null : "Must be the phone number id (digits), not the phone number.",
        },
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            $"Seconds to wait for the answer before trying again later (default {DefaultTimeoutSeconds}).") { Minimum = 1, Maximum = 60 },
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(AccessToken, ProviderFieldKind.Text, Required: true, "A system user access token with whatsapp_business_messaging permission (sent as Bearer)."),
        new(AppSecret, ProviderFieldKind.Text, Required: true, "The Meta app's secret: webhooks are verified by their X-Hub-Signature-256 with it."),
        new(VerifyToken, ProviderFieldKind.Text, Required: true, "The verify token entered in the app's webhook settings (answers Meta's GET handshake)."),
    ];

    private static bool IsVersion(string value) =>
        value.Length > 1 && value[0] == 'v' && value[1..].All(c => char.IsAsciiDigit(c) || c == '.') && char.IsAsciiDigit(value[^1]);
}
