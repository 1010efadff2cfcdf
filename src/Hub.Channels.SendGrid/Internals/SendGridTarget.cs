using System.Net.Mail;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>An instance's endpoint, sender, timeout and API key, parsed once per configuration.</summary>
internal sealed record SendGridTarget(Uri MailSendUrl, MailAddress From, MailAddress? ReplyTo, TimeSpan Timeout, string ApiKey)
{
    /// <summary>Null when the instance lacks a valid base URL, sender or API key (the API refuses those, so only a hand-edited row has them).</summary>
    public static SendGridTarget? Parse(ProviderConfiguration provider)
    {
        var baseUrl = provider.Setting(SendGridFields.BaseUrl) ?? SendGridFields.DefaultBaseUrl;
        var from = SendGridFields.ParseAddress(provider.Setting(SendGridFields.From));
        var replyToSetting = provider.Setting(SendGridFields.ReplyTo);
        var replyTo = SendGridFields.ParseAddress(replyToSetting);
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/v3/mail/send", UriKind.Absolute, out var url) || from is null
            || (replyToSetting is not null && replyTo is null)
            || provider.Credential(SendGridFields.ApiKey) is not { Length: > 0 } apiKey)
        {
            return null;
        }
        var seconds = provider.IntegerSetting(SendGridFields.TimeoutSeconds) ?? SendGridFields.DefaultTimeoutSeconds;
        return new SendGridTarget(url, from, replyTo, TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60)), apiKey);
    }
}
