using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Channels.LinkMobility.Internals;
using Hub.Core.Channels;
using Microsoft.Extensions.Logging;

namespace Hub.Channels.LinkMobility;

/// <summary>
/// SMS through LINK Mobility's SMS REST API: <c>POST {baseUrl}/sms/send</c> with HTTP Basic, <c>refId</c> = Hub's
/// message id, and delivery reports asked for through the instance's gate. LINK's gate calls Hub back with HTTP
/// Basic (the instance's callback credentials) at <c>/providers/{id}/dlr</c> (delivery reports, one per SMS part)
/// and <c>/providers/{id}/mo</c> (messages people send to the account's numbers), both as JSON.
/// </summary>
public sealed class LinkMobilityProvider(IHttpClientFactory clients, TimeProvider time, ILogger<LinkMobilityProvider> logger)
    : IChannelProvider, IProviderCallbacks
{
    public const string TypeName = "linkmobility";
    public const string HttpClientName = "Hub.Channels.LinkMobility";
    public const string DeliveryReportPath = "dlr";
    public const string InboundPath = "mo";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    // Parsed once per configuration object (the directory builds a new one on every change).
    private readonly ConditionalWeakTable<ProviderConfiguration, LinkAccount?> _accounts = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => LinkMobilityFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => LinkMobilityFields.Credentials;

    public bool Supports(string channel) => channel == ChannelNames.Sms;

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (!Supports(message.Channel))
        {
            return SendResult.Permanent($"LINK Mobility carries SMS only, not '{message.Channel}'.");
        }
        if (_accounts.GetValue(provider, LinkAccount.Parse) is not { } account)
        {
            return SendResult.Permanent($"LINK Mobility provider '{provider.Id}' lacks a platformId, platformPartnerId, source, username or password.");
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(LinkSendRequest.From(account, message), LinkJsonContext.Default.LinkSendRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, account.SendUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = account.Authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var result = await ProviderHttp.SendAsync(clients.CreateClient(HttpClientName), request, account.Timeout, time,
            async (response, token) =>
            {
                var answer = LinkAnswer.Read(await response.Content.ReadAsByteArrayAsync(token), (int)response.StatusCode);
                return LinkSendClassifier.Classify((int)response.StatusCode, answer);
            },
            cancellationToken);
        // Ids, status and LINK's result code only: the recipient and the text never go to the log.
        logger.LogDebug("LINK Mobility provider {ProviderId} answered {Status} (result code {ResultCode}) for message {MessageId}: {Outcome}",
            provider.Id, result.HttpStatus, result.ErrorCode, message.Id, result.Outcome);
        return result;
    }

    public CallbackResult Handle(ProviderConfiguration provider, ProviderCallback callback)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(callback);
        var path = callback.Path.Trim('/');
        var isReport = string.Equals(path, DeliveryReportPath, StringComparison.OrdinalIgnoreCase);
        if (!isReport && !string.Equals(path, InboundPath, StringComparison.OrdinalIgnoreCase))
        {
            return CallbackResult.NotFound($"LINK Mobility calls back at '{DeliveryReportPath}' and '{InboundPath}' only.");
        }
        if (GateAuthentication.Problem(LinkAccount.CallbackCredentials(provider), callback.Header("Authorization")) is { } problem)
        {
            return CallbackResult.Unauthorized(problem);
        }
        if (!string.Equals(callback.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return CallbackResult.Invalid("LINK's gate must POST JSON (set the gate destination's contentType to application/json).");
        }
        if (isReport)
        {
            return LinkDeliveryReport.Parse(callback.Body.Span) is { } receipts
                ? CallbackResult.Of(receipts)
                : CallbackResult.Invalid("Not a LINK delivery report: a JSON object with resultCode and refId or id was expected.");
        }
        return LinkMoMessage.Parse(callback.Body.Span) is { } inbound
            ? CallbackResult.OfInbound(inbound)
            : CallbackResult.Invalid("Not a LINK MO message: a JSON object with source, destination and content was expected.");
    }
}
