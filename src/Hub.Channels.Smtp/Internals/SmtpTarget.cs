using MailKit.Security;
using MimeKit;

namespace Hub.Channels.Smtp.Internals;

/// <summary>An instance's server, security, sender and login, parsed once per configuration.</summary>
internal sealed record SmtpTarget(
    string Host,
    int Port,
    SecureSocketOptions Security,
    MailboxAddress From,
    MailboxAddress? ReplyTo,
    TimeSpan Timeout,
    bool AcceptAllCertificates,
    string? Username,
    string? Password)
{
    /// <summary>The domain the Message-IDs are minted in: the sender's.</summary>
    public string MessageIdDomain => From.Domain is { Length: > 0 } domain ? domain : "hub";

    /// <summary>Null when the instance lacks a valid host or sender (the API refuses those, so only a hand-edited row has them).</summary>
    public static SmtpTarget? Parse(ProviderConfiguration provider)
    {
        var host = provider.Setting(SmtpFields.Host);
        if (string.IsNullOrWhiteSpace(host)
            || !MailboxAddress.TryParse(provider.Setting(SmtpFields.From) ?? "", out var from)
            || !SmtpFields.SecurityModes.TryGetValue(provider.Setting(SmtpFields.Security) ?? SmtpFields.DefaultSecurity, out var security))
        {
            return null;
        }
        MailboxAddress? replyTo = null;
        if (provider.Setting(SmtpFields.ReplyTo) is { } reply && !MailboxAddress.TryParse(reply, out replyTo))
        {
            return null;
        }
        var defaultPort = security == SecureSocketOptions.SslOnConnect ? SmtpFields.DefaultImplicitTlsPort : SmtpFields.DefaultSubmissionPort;
        var port = provider.IntegerSetting(SmtpFields.Port) ?? defaultPort;
        var seconds = provider.IntegerSetting(SmtpFields.TimeoutSeconds) ?? SmtpFields.DefaultTimeoutSeconds;
        var acceptAll = provider.Settings.ValueKind == System.Text.Json.JsonValueKind.Object
            && provider.Settings.TryGetProperty(SmtpFields.AcceptAllCertificates, out var flag)
            && flag.ValueKind == System.Text.Json.JsonValueKind.True;
        var username = provider.Credential(SmtpFields.Username);
        return new SmtpTarget(host, (int)Math.Clamp(port, 1, 65535), security, from, replyTo,
            TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 300)), acceptAll,
            string.IsNullOrEmpty(username) ? null : username, provider.Credential(SmtpFields.Password));
    }
}
