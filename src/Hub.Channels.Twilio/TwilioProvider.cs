using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Hub.Channels.Twilio.Internals;
using Hub.Core.Channels;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Hub.Channels.Twilio;

/// <summary>
/// SMS through Twilio's Programmable Messaging: <c>POST {baseUrl}/2010-04-01/Accounts/{accountSid}/Messages.json</c>,
/// form-encoded, HTTP Basic with the account SID and auth token, a <c>StatusCallback</c> at
/// <c>{callbackBaseUrl}/providers/{id}/status</c> carrying Hub's message id. Twilio calls back at <c>status</c>
/// (status callbacks) and <c>inbound</c> (the number's or Messaging Service's incoming-message webhook, set in
/// Twilio's console), each signed with <c>X-Twilio-Signature</c> over the URL Twilio called.
/// </summary>
public sealed class TwilioProvider(IHttpClientFactory clients, TimeProvider time, ILogger<TwilioProvider> logger)
    : IChannelProvider, IProviderCallbacks
{
    public const string TypeName = "twilio";
    public const string HttpClientName = "Hub.Channels.Twilio";
    public const string StatusPath = TwilioProviderPaths.Status;
    public const string InboundPath = TwilioProviderPaths.Inbound;
    public const string SignatureHeader = "X-Twilio-Signature";

    /// <summary>Empty TwiML: Twilio wants an answer to an incoming message, and this one sends no reply.</summary>
    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    // Parsed once per configuration object (the directory builds a new one on every change).
    private readonly ConditionalWeakTable<ProviderConfiguration, TwilioAccount?> _accounts = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => TwilioFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => TwilioFields.Credentials;

    public bool Supports(string channel) => channel == ChannelNames.Sms;

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (!Supports(message.Channel))
        {
            return SendResult.Permanent($"Twilio carries SMS only here, not '{message.Channel}'.");
        }
        if (_accounts.GetValue(provider, TwilioAccount.Parse) is not { } account)
        {
            return SendResult.Permanent($"Twilio provider '{provider.Id}' lacks an accountSid, authToken, callbackBaseUrl, or both from and messagingServiceSid.");
        }
        var fields = new List<KeyValuePair<string, string>> { new("To", message.To) };
        if (account.From is { } from)
        {
            fields.Add(new("From", from));
        }
        if (account.MessagingServiceSid is { } service)
        {
            fields.Add(new("MessagingServiceSid", service));
        }
        fields.Add(new("Body", message.Body));
        fields.Add(new("StatusCallback", account.StatusCallbackFor(message.Id)));
        using var request = new HttpRequestMessage(HttpMethod.Post, account.MessagesUrl) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = account.Authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var result = await ProviderHttp.SendAsync(clients.CreateClient(HttpClientName), request, account.Timeout, time,
            async (response, token) => TwilioSendClassifier.Classify((int)response.StatusCode, TwilioAnswer.Read(await response.Content.ReadAsByteArrayAsync(token))),
            cancellationToken);
        // Ids, status and Twilio's error code only: the recipient and the text never go to the log.
        logger.LogDebug("Twilio provider {ProviderId} answered {Status} (error {ErrorCode}) for message {MessageId}: {Outcome} {Sid}",
            provider.Id, result.HttpStatus, result.ErrorCode, message.Id, result.Outcome, result.ProviderMessageId);
        return result;
    }

    public CallbackResult Handle(ProviderConfiguration provider, ProviderCallback callback)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(callback);
        var path = callback.Path.Trim('/');
        var isStatus = string.Equals(path, StatusPath, StringComparison.OrdinalIgnoreCase);
        if (!isStatus && !string.Equals(path, InboundPath, StringComparison.OrdinalIgnoreCase))
        {
            return CallbackResult.NotFound($"Twilio calls back at '{StatusPath}' and '{InboundPath}' only.");
        }
        // Only the auth token is needed to verify: an instance that cannot send (no sender yet) still gets its receipts.
        if (provider.Credential(TwilioFields.AuthToken) is not { Length: > 0 } authToken)
        {
            return CallbackResult.Unauthorized("This Twilio instance has no authToken, so no callback can be verified.");
        }
        var post = string.Equals(callback.Method, "POST", StringComparison.OrdinalIgnoreCase);
        // A POST signs its form parameters; any other method signs the URL alone.
        var form = post ? TwilioForm.Parse(callback.Body.Span) : TwilioForm.Parse([]);
        if (!TwilioSignature.Verify(Encoding.UTF8.GetBytes(authToken), callback.Url, form.Pairs, callback.Header(SignatureHeader)))
        {
            return CallbackResult.Unauthorized($"The {SignatureHeader} does not match this instance's auth token and the URL Twilio called.");
        }
        if (!post)
        {
            return CallbackResult.Invalid("Set the webhook's method to HTTP POST in Twilio's console.");
        }
        if (isStatus)
        {
            return TwilioStatusCallback.Parse(form, MessageIdOf(callback))
                ?? CallbackResult.Invalid("Not a Twilio status callback: MessageStatus and MessageSid were expected.");
        }
        return TwilioInboundMessage.Parse(form) is { } inbound
            ? new CallbackResult { Inbound = [inbound], ResponseBody = EmptyTwiml, ResponseContentType = "text/xml" }
            : CallbackResult.Invalid("Not a Twilio incoming message: From and To were expected.");
    }

    private static string? MessageIdOf(ProviderCallback callback)
    {
        if (callback.Query.TryGetValue(TwilioProviderPaths.MessageIdParameter, out var id) && id.Length > 0)
        {
            return id;
        }
        return QueryHelpers.ParseQuery(callback.Url.Query).TryGetValue(TwilioProviderPaths.MessageIdParameter, out var values)
            && values.FirstOrDefault() is { Length: > 0 } fromUrl
            ? fromUrl
            : null;
    }
}
