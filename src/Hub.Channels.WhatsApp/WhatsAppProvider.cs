using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Channels.WhatsApp.Internals;
using Hub.Core.Channels;
using Microsoft.Extensions.Logging;

namespace Hub.Channels.WhatsApp;

/// <summary>
/// WhatsApp through Meta's Cloud API: <c>POST {baseUrl}/{apiVersion}/{phoneNumberId}/messages</c> with the access
/// token as Bearer, free-form text or an approved template, Hub's message id in <c>biz_opaque_callback_data</c>
/// (echoed in status webhooks). Answers are classified by Graph error code: throttling and Meta's outages are
/// transient, "outside the 24-hour window" (131047) and "not on WhatsApp" (131026) unreachable (another channel or
/// a template should carry it), the rest permanent. Meta has no idempotency key: a repeated call sends again.
/// Callbacks at <c>/providers/{id}/webhook</c>: the GET handshake and signed status and message notifications.
/// </summary>
public sealed class WhatsAppProvider(IHttpClientFactory clients, TimeProvider time, ILogger<WhatsAppProvider> logger)
    : IChannelProvider, IProviderCallbacks
{
    public const string TypeName = "whatsapp";
    public const string HttpClientName = "Hub.Channels.WhatsApp";

    /// <summary>The callback path Meta's webhook subscription points at: <c>/providers/{id}/webhook</c>.</summary>
    public const string CallbackPath = WhatsAppWebhook.Path;

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly ConditionalWeakTable<ProviderConfiguration, WhatsAppTarget?> _targets = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => WhatsAppFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => WhatsAppFields.Credentials;

    public bool Supports(string channel) => channel == ChannelNames.WhatsApp;

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (_targets.GetValue(provider, WhatsAppTarget.Parse) is not { AccessToken: { Length: > 0 } token } target)
        {
            return SendResult.Permanent($"WhatsApp provider '{provider.Id}' has no valid phone number id or access token.");
        }
        if (WhatsAppAddress.ToWhatsAppId(message.To) is not { } to)
        {
            return SendResult.Permanent("The recipient is not an E.164 phone number.");
        }
        var (body, problem) = WhatsAppRequest.Build(message, to);
        if (body is null)
        {
            return SendResult.Permanent(problem ?? "The message cannot be sent as WhatsApp.");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, target.MessagesUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var result = await ProviderHttp.SendAsync(clients.CreateClient(HttpClientName), request, target.Timeout, time, ClassifyAsync, cancellationToken);
        // Ids and status only: the recipient and the text never go to the log.
        logger.LogDebug("WhatsApp provider {ProviderId} answered {Status} ({ErrorCode}) for message {MessageId}",
            provider.Id, result.HttpStatus, result.ErrorCode, message.Id);
        return result;
    }

    public CallbackResult Handle(ProviderConfiguration provider, ProviderCallback callback)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(callback);
        return WhatsAppWebhook.Handle(_targets.GetValue(provider, WhatsAppTarget.Parse), callback);
    }

    private static async Task<SendResult> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 300)
        {
            return GraphErrorClassifier.Classify(status, body);
        }
        // A 2xx means Meta took it; should its answer lack the id, the receipts still find the message by
        // biz_opaque_callback_data, so it counts as sent rather than risking a second copy.
        return new SendResult(SendOutcome.Accepted, ProviderMessageIdOf(body));
    }

    private static string? ProviderMessageIdOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ArrayOf("messages").Select(m => m.StringOf("id")).FirstOrDefault(id => id is { Length: > 0 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
