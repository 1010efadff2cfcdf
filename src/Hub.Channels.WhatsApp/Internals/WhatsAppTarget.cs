using System.Text;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>An instance's messages endpoint, timeout and secrets, parsed once per configuration.</summary>
internal sealed record WhatsAppTarget(Uri MessagesUrl, TimeSpan Timeout, string? AccessToken, byte[]? AppSecret, string? VerifyToken)
{
    /// <summary>Null when the instance lacks a valid base URL or phone number id (the API refuses those, so only a hand-edited row has them).</summary>
    public static WhatsAppTarget? Parse(ProviderConfiguration provider)
    {
        var baseUrl = provider.Setting(WhatsAppFields.BaseUrl) ?? WhatsAppFields.DefaultBaseUrl;
        var version = provider.Setting(WhatsAppFields.ApiVersion) ?? WhatsAppFields.DefaultApiVersion;
        var phoneNumberId = provider.Setting(WhatsAppFields.PhoneNumberId);
        if (phoneNumberId is not { Length: > 0 } || !phoneNumberId.All(char.IsAsciiDigit)
            || !Uri.TryCreate($"{baseUrl.TrimEnd('/')}/{Uri.EscapeDataString(version)}/{phoneNumberId}/messages", UriKind.Absolute, out var url))
        {
            return null;
        }
        var seconds = provider.IntegerSetting(WhatsAppFields.TimeoutSeconds) ?? WhatsAppFields.DefaultTimeoutSeconds;
        var secret = provider.Credential(WhatsAppFields.AppSecret);
        return new WhatsAppTarget(url, TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60)),
            provider.Credential(WhatsAppFields.AccessToken),
            secret is { Length: > 0 } ? Encoding.UTF8.GetBytes(secret) : null,
            provider.Credential(WhatsAppFields.VerifyToken));
    }
}
