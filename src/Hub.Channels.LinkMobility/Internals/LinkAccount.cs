using System.Net.Http.Headers;
using System.Text;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// An instance's settings and credentials, parsed once per configuration: the send URL, the ids LINK needs in every
/// message, the Basic header for the API and the bytes of the Basic credentials the gate must present on callbacks.
/// </summary>
internal sealed record LinkAccount(
    Uri SendUrl,
    string PlatformId,
    string PlatformPartnerId,
    string Source,
    string? SourceTypeOfNumber,
    string? DeliveryReportGate,
    TimeSpan Timeout,
    AuthenticationHeaderValue Authorization)
{
    /// <summary>Null when a required setting or credential is missing (the API refuses those, so only a hand-edited row has them).</summary>
    public static LinkAccount? Parse(ProviderConfiguration provider)
    {
        var baseUrl = provider.Setting(LinkMobilityFields.BaseUrl) ?? LinkMobilityFields.DefaultBaseUrl;
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/sms/send", UriKind.Absolute, out var sendUrl)
            || provider.Setting(LinkMobilityFields.PlatformId) is not { Length: > 0 } platformId
            || provider.Setting(LinkMobilityFields.PlatformPartnerId) is not { Length: > 0 } platformPartnerId
            || provider.Setting(LinkMobilityFields.Source) is not { Length: > 0 } source
            || provider.Credential(LinkMobilityFields.Username) is not { Length: > 0 } username
            || provider.Credential(LinkMobilityFields.Password) is not { } password)
        {
            return null;
        }
        var ton = LinkSender.TypeOfNumber(source);
        var seconds = provider.IntegerSetting(LinkMobilityFields.TimeoutSeconds) ?? LinkMobilityFields.DefaultTimeoutSeconds;
        return new LinkAccount(
            sendUrl,
            platformId,
            platformPartnerId,
            source,
            // LINK assumes ALPHANUMERIC when sourceTON is absent: say it only for the other kinds, as LINK's own examples do.
            ton is LinkSender.Alphanumeric ? null : ton,
            provider.Setting(LinkMobilityFields.DeliveryReportGate) is { Length: > 0 } gate ? gate : null,
            TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60)),
            new AuthenticationHeaderValue("Basic", Basic(username, password)));
    }

    /// <summary>
    /// The <c>user:password</c> bytes the gate must present on callbacks, or null when the instance has none. Read
    /// apart from <see cref="Parse"/>: verifying a callback needs nothing else, even on an instance that cannot send.
    /// </summary>
    public static byte[]? CallbackCredentials(ProviderConfiguration provider) =>
        provider.Credential(LinkMobilityFields.CallbackUsername) is { Length: > 0 } user
        && provider.Credential(LinkMobilityFields.CallbackPassword) is { Length: > 0 } password
            ? Encoding.UTF8.GetBytes($"{user}:{password}")
            : null;

    private static string Basic(string username, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
}
