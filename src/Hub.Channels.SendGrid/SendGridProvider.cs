using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Channels.SendGrid.Internals;
using Hub.Core.Channels;
using Microsoft.Extensions.Logging;

namespace Hub.Channels.SendGrid;

/// <summary>
/// Sends email through SendGrid's v3 Mail Send API (<c>POST {baseUrl}/v3/mail/send</c>, Bearer API key), with Hub's
/// message id as the <c>hub_message_id</c> custom arg; the answer's <c>X-Message-Id</c> is the provider message id.
/// Takes the signed Event Webhook at <c>/providers/{id}/events</c>: verified with the instance's ECDSA public key
/// before anything is read, then mapped to receipts (<see cref="SendGridEvents"/>). SendGrid has no idempotency key:
/// a retry after a lost answer can send the mail twice (the <c>X-Hub-Message-Id</c> header tells the copies apart).
/// </summary>
public sealed class SendGridProvider(IHttpClientFactory clients, TimeProvider time, ILogger<SendGridProvider> logger)
    : IChannelProvider, IProviderCallbacks
{
    public const string TypeName = "sendgrid";
    public const string HttpClientName = "Hub.Channels.SendGrid";
    public const string EventsPath = "events";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    // Parsed once per configuration object (the directory builds a new one on every change): a send parses nothing.
    private readonly ConditionalWeakTable<ProviderConfiguration, SendGridTarget?> _targets = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => SendGridFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => SendGridFields.Credentials;

    public bool Supports(string channel) => channel == ChannelNames.Email;

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (!Supports(message.Channel))
        {
            return SendResult.Permanent($"SendGrid carries email only, not {message.Channel}.");
        }
        if (_targets.GetValue(provider, SendGridTarget.Parse) is not { } target)
        {
            return SendResult.Permanent($"SendGrid provider '{provider.Id}' has no valid from address, base URL or API key.");
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(MailSendRequest.For(target, message), SendGridJsonContext.Default.MailSendRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, target.MailSendUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.ApiKey);

        var result = await ProviderHttp.SendAsync(clients.CreateClient(HttpClientName), request, target.Timeout, time,
            (response, token) => SendGridAnswer.ClassifyAsync(response, message.Id, time.GetUtcNow(), token), cancellationToken);
        // Ids and status only: the recipient, the subject and the text never go to the log.
        logger.LogDebug("SendGrid provider {ProviderId} answered {Status} for message {MessageId} ({ProviderMessageId})",
            provider.Id, result.HttpStatus, message.Id, result.ProviderMessageId);
        return result;
    }

    public CallbackResult Handle(ProviderConfiguration provider, ProviderCallback callback)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(callback);
        if (!string.Equals(callback.Path.Trim('/'), EventsPath, StringComparison.Ordinal))
        {
            return CallbackResult.NotFound($"SendGrid posts events to /providers/{provider.Id}/{EventsPath}.");
        }
        if (provider.Credential(SendGridFields.WebhookPublicKey) is not { } key || EventWebhookSignature.DecodeKey(key) is not { } publicKey)
        {
            return CallbackResult.Unauthorized("The instance has no Event Webhook verification key (credential webhookPublicKey); unsigned events are refused.");
        }
        if (callback.Header(EventWebhookSignature.SignatureHeader) is not { Length: > 0 } signature
            || callback.Header(EventWebhookSignature.TimestampHeader) is not { Length: > 0 } timestamp)
        {
            return CallbackResult.Unauthorized("The event signature or timestamp header is missing.");
        }
        if (!EventWebhookSignature.Verify(publicKey, timestamp, signature, callback.Body.Span))
        {
            logger.LogWarning("SendGrid provider {ProviderId} refused events whose signature does not verify", provider.Id);
            return CallbackResult.Unauthorized("The event signature does not verify with the instance's key.");
        }
        var result = SendGridEvents.Map(callback.Body);
        logger.LogDebug("SendGrid provider {ProviderId} took {Count} receipts", provider.Id, result.Receipts.Count);
        return result;
    }
}
