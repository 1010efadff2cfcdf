using System.Net.Http.Headers;
using System.Text;

namespace Hub.Channels.Twilio.Internals;

/// <summary>An instance's settings and credentials, parsed once per configuration.</summary>
internal sealed record TwilioAccount(
    Uri MessagesUrl,
    string? From,
    string? MessagingServiceSid,
    string StatusCallbackUrl,
    TimeSpan Timeout,
    AuthenticationHeaderValue Authorization)
{
    /// <summary>Null when a required setting or credential is missing (the API refuses those, so only a hand-edited row has them).</summary>
    public static TwilioAccount? Parse(ProviderConfiguration provider)
    {
        var baseUrl = (provider.Setting(TwilioFields.BaseUrl) ?? TwilioFields.DefaultBaseUrl).TrimEnd('/');
        if (provider.Setting(TwilioFields.AccountSid) is not { Length: > 0 } sid
            || !Uri.TryCreate($"{baseUrl}/2010-04-01/Accounts/{Uri.EscapeDataString(sid)}/Messages.json", UriKind.Absolute, out var messagesUrl)
            || provider.Setting(TwilioFields.CallbackBaseUrl) is not { Length: > 0 } callbackBase
            || provider.Credential(TwilioFields.AuthToken) is not { Length: > 0 } token)
        {
            return null;
        }
        var from = provider.Setting(TwilioFields.From) is { Length: > 0 } f ? f : null;
        var service = provider.Setting(TwilioFields.MessagingServiceSid) is { Length: > 0 } s ? s : null;
        if (from is null && service is null)
        {
            return null;
        }
        var seconds = provider.IntegerSetting(TwilioFields.TimeoutSeconds) ?? TwilioFields.DefaultTimeoutSeconds;
        return new TwilioAccount(
            messagesUrl,
            from,
            service,
            $"{callbackBase.TrimEnd('/')}/providers/{Uri.EscapeDataString(provider.Id)}/{TwilioProviderPaths.Status}",
            TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60)),
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sid}:{token}"))));
    }

    /// <summary>
    /// The status callback for one message: Hub's message id rides in the query, so that a receipt finds its message
    /// even when the send's answer (with Twilio's sid) was lost; Twilio signs the URL with it.
    /// </summary>
    public string StatusCallbackFor(string messageId) => $"{StatusCallbackUrl}?{TwilioProviderPaths.MessageIdParameter}={Uri.EscapeDataString(messageId)}";
}
