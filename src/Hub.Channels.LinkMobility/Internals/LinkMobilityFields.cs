namespace Hub.Channels.LinkMobility.Internals;

/// <summary>What a LINK Mobility instance is configured with (PRODUCT.md's operator contract).</summary>
internal static class LinkMobilityFields
{
    public const string BaseUrl = "baseUrl";
    public const string PlatformId = "platformId";
    public const string PlatformPartnerId = "platformPartnerId";
    public const string Source = "source";
    public const string DeliveryReportGate = "deliveryReportGate";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string Username = "username";
    public const string Password = "password";
    public const string CallbackUsername = "callbackUsername";
    public const string CallbackPassword = "callbackPassword";

    /// <summary>LINK's general gateway; an account may be assigned a regional one (n-eu, c-eu, s-eu, no, deb .linkmobility.io).</summary>
    public const string DefaultBaseUrl = "https://wsx.sp247.net";
    public const int DefaultTimeoutSeconds = 10;

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(BaseUrl, ProviderFieldKind.Url, Required: false,
            $"The base URL LINK assigned to the account, without /sms (default {DefaultBaseUrl}); messages are POSTed to {{baseUrl}}/sms/send."),
        new(PlatformId, ProviderFieldKind.Text, Required: true, "The platformId LINK Support gave the account."),
        new(PlatformPartnerId, ProviderFieldKind.Text, Required: true, "The platformPartnerId LINK Support gave the account."),
        new(Source, ProviderFieldKind.Text, Required: true,
            "The sender: an alphanumeric name (2 to 11 characters), a short number, or an MSISDN starting with +.") { Check = SenderProblem },
        new(DeliveryReportGate, ProviderFieldKind.Text, Required: false,
            "The id of the gate LINK posts delivery reports through (to /providers/{id}/dlr); without it no delivery reports are asked for."),
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            "Seconds to wait for LINK's answer before trying again later (default 10).") { Minimum = 1, Maximum = 60 },
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(Username, ProviderFieldKind.Text, Required: true, "The API username LINK Support gave the account (HTTP Basic)."),
        new(Password, ProviderFieldKind.Text, Required: true, "The API password LINK Support gave the account (HTTP Basic)."),
        new(CallbackUsername, ProviderFieldKind.Text, Required: false,
            "The username the gate sends with delivery reports and MO messages (the gate destination's username); callbacks are refused without it."),
        new(CallbackPassword, ProviderFieldKind.Text, Required: false,
            "The password the gate sends with delivery reports and MO messages (the gate destination's password); callbacks are refused without it."),
    ];

    private static string? SenderProblem(string source) =>
        LinkSender.TypeOfNumber(source) is null
            ? "Must be an alphanumeric sender of 2 to 11 characters not starting with a digit (a-z, A-Z, 0-9 are safe everywhere), a short number of 1 to 14 digits, or an MSISDN such as +4791234567."
            : null;
}
