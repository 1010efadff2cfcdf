namespace Hub.Channels.Webhook.Internals;

/// <summary>What a webhook instance is configured with.</summary>
internal static class WebhookFields
{
    public const string Url = "url";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string Secret = "secret";
    public const int DefaultTimeoutSeconds = 10;

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(Url, ProviderFieldKind.Url, Required: true, "The absolute http or https URL messages are POSTed to."),
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            "Seconds to wait for the answer before trying again later (default 10).") { Minimum = 1, Maximum = 60 },
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(Secret, ProviderFieldKind.Text, Required: true,
            "The Standard Webhooks signing secret, 'whsec_' followed by 24 to 64 random bytes in base64.") { Check = WebhookSecret.Problem },
    ];
}
