using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Channels.Webhook.Internals;
using Hub.Core.Channels;
using Microsoft.Extensions.Logging;

namespace Hub.Channels.Webhook;

/// <summary>
/// Delivers messages to an internal system: POSTs each one as JSON to the instance's <c>url</c>, signed with Standard
/// Webhooks (<c>webhook-id</c> = the message id, so the receiver can drop a repeat). Any 2xx answer means sent;
/// 408, 429, 5xx, network errors and timeouts are transient (the job queue retries them); any other answer, 3xx
/// included (redirects are not followed), is permanent. Loopback and private addresses are allowed: an admin points
/// it at internal systems.
/// </summary>
public sealed class WebhookProvider(IHttpClientFactory clients, TimeProvider time, ILogger<WebhookProvider> logger)
    : IChannelProvider
{
    public const string TypeName = "webhook";
    public const string HttpClientName = "Hub.Channels.Webhook";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    // Parsed once per configuration object (the directory builds a new one on every change): a send parses and decodes nothing.
    private readonly ConditionalWeakTable<ProviderConfiguration, WebhookTarget?> _targets = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => WebhookFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => WebhookFields.Credentials;

    public bool Supports(string channel) => ChannelNames.IsKnown(channel);

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (_targets.GetValue(provider, WebhookTarget.Parse) is not { } target)
        {
            return SendResult.Permanent($"Webhook provider '{provider.Id}' has no valid url or secret.");
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookPayload.From(message), WebhookJsonContext.Default.WebhookPayload);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        StandardWebhooksSignature.Sign(request.Headers, target.Key, message.Id, timestamp, body);

        var result = await ProviderHttp.SendAsync(clients.CreateClient(HttpClientName), request, target.Timeout, time,
            (response, _) => Task.FromResult(Classify(response.StatusCode, message.Id)), cancellationToken);
        // Ids and status only: the recipient and the text never go to the log.
        logger.LogDebug("Webhook provider {ProviderId} answered {Status} for message {MessageId}", provider.Id, result.HttpStatus, message.Id);
        return result;
    }

    private static SendResult Classify(HttpStatusCode status, string messageId)
    {
        var code = (int)status;
        return code switch
        {
            >= 200 and < 300 => SendResult.Accepted(messageId),
            408 or 429 or >= 500 => SendResult.Transient($"The webhook answered {code} ({status})."),
            >= 300 and < 400 => SendResult.Permanent($"The webhook answered {code} ({status}); redirects are not followed, point the url at the final address."),
            _ => SendResult.Permanent($"The webhook refused the message: {code} ({status})."),
        };
    }
}
