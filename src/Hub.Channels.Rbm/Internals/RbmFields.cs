namespace Hub.Channels.Rbm.Internals;

/// <summary>What a Google RCS Business Messaging instance is configured with.</summary>
internal static class RbmFields
{
    public const string BaseUrl = "baseUrl";
    public const string TokenUrl = "tokenUrl";
    public const string AgentId = "agentId";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string TtlSeconds = "ttlSeconds";
    public const string TrafficType = "messageTrafficType";
    public const string ServiceAccountJson = "serviceAccountJson";
    public const string ClientToken = "clientToken";

    public const string DefaultBaseUrl = "https://rcsbusinessmessaging.googleapis.com";
    public const string DefaultTokenUrl = "https://oauth2.googleapis.com/token";
    public const int DefaultTimeoutSeconds = 15;

    /// <summary>The traffic types Google lists for <c>messageTrafficType</c>.</summary>
    public static IReadOnlyList<string> TrafficTypes { get; } = ["AUTHENTICATION", "TRANSACTION", "PROMOTION", "SERVICEREQUEST", "ACKNOWLEDGEMENT"];

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(AgentId, ProviderFieldKind.Text, Required: true, "The RBM agent's id, as the Business Communications Developer Console shows it."),
        new(BaseUrl, ProviderFieldKind.Url, Required: false, $"The RBM API's base URL (default {DefaultBaseUrl}; regional ones exist)."),
        new(TokenUrl, ProviderFieldKind.Url, Required: false, $"The OAuth 2.0 token endpoint the service account signs in at (default {DefaultTokenUrl})."),
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            $"Seconds to wait for the answer before trying again later (default {DefaultTimeoutSeconds}).") { Minimum = 1, Maximum = 60 },
        new(TtlSeconds, ProviderFieldKind.WholeNumber, Required: false,
            "Seconds after which RBM drops a message not yet delivered (so that a fallback SMS is not followed by a late RCS copy); unset: RBM's default.")
        {
            Minimum = 1,
            Maximum = 15_552_000,
        },
        new(TrafficType, ProviderFieldKind.Text, Required: false, "The messageTrafficType sent with every message: " + string.Join(", ", TrafficTypes) + ".")
        {
            Check = v => TrafficTypes.Contains(v, StringComparer.Ordinal) ? null : "Must be one of " + string.Join(", ", TrafficTypes) + ".",
        },
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(ServiceAccountJson, ProviderFieldKind.Text, Required: true,
            "The Google service account's JSON key (with client_email and private_key) that the agent's API access is granted to.")
        {
            Check = ServiceAccountKey.Problem,
        },
        new(ClientToken, ProviderFieldKind.Text, Required: true,
            "The webhook's clientToken from the Developer Console: it answers the validation request and verifies X-Goog-Signature."),
    ];
}
