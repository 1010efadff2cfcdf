using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Hub.Channels.Rbm.Internals;
using Hub.Core.Channels;
using Microsoft.Extensions.Logging;

namespace Hub.Channels.Rbm;

/// <summary>
/// RCS through Google RCS Business Messaging: <c>POST {baseUrl}/v1/phones/{msisdn}/agentMessages?messageId={Hub's
/// id}&amp;agentId=...</c> with an access token the instance's service account obtains (a signed JWT traded at
/// <c>tokenUrl</c>, cached until shortly before it expires). Hub's id as <c>messageId</c> makes a repeat idempotent
/// (409 <c>ALREADY_EXISTS</c> counts as sent) and is what RBM's receipts carry. A 404 means the number is not
/// RCS-reachable: <see cref="SendOutcome.Unreachable"/>, so the next channel carries it at once, without a separate
/// capability call per message. Callbacks at <c>/providers/{id}/webhook</c>: the validation request and signed
/// Pub/Sub pushes of user events (receipts) and user messages.
/// </summary>
public sealed class RbmProvider(IHttpClientFactory clients, TimeProvider time, ILogger<RbmProvider> logger)
    : IChannelProvider, IProviderCallbacks
{
    public const string TypeName = "rbm";
    public const string HttpClientName = "Hub.Channels.Rbm";

    /// <summary>The callback path the agent's webhook points at: <c>/providers/{id}/webhook</c>.</summary>
    public const string CallbackPath = RbmWebhook.Path;

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly ConditionalWeakTable<ProviderConfiguration, RbmTarget?> _targets = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => RbmFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => RbmFields.Credentials;

    public bool Supports(string channel) => channel == ChannelNames.Rcs;

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (_targets.GetValue(provider, RbmTarget.Parse) is not { Key: not null } target)
        {
            return SendResult.Permanent($"RBM provider '{provider.Id}' has no valid agent id or service account key.");
        }
        if (!IsE164(message.To))
        {
            return SendResult.Permanent("The recipient is not an E.164 phone number.");
        }
        var (body, problem) = AgentMessageRequest.Build(message, target);
        if (body is null)
        {
            return SendResult.Permanent(problem ?? "The message cannot be sent as RCS.");
        }
        var client = clients.CreateClient(HttpClientName);
        var token = await target.Tokens.GetAsync(time, ct => GoogleTokenEndpoint.FetchAsync(client, target, time, ct), cancellationToken);
        if (token.Token is not { } accessToken)
        {
            logger.LogDebug("RBM provider {ProviderId} got no access token ({Status}) for message {MessageId}",
                provider.Id, token.Failure?.HttpStatus, message.Id);
            return token.Failure ?? SendResult.Transient("No access token.");
        }
        var url = new Uri(target.BaseUrl,
            $"v1/phones/{message.To}/agentMessages?messageId={Uri.EscapeDataString(message.Id)}&agentId={Uri.EscapeDataString(target.AgentId)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        var result = await ProviderHttp.SendAsync(client, request, target.Timeout, time, async (response, ct) =>
            RbmErrorClassifier.Classify((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct), message.Id), cancellationToken);
        if (result.HttpStatus == 401)
        {
            target.Tokens.Invalidate(accessToken);
        }
        // Ids and status only: the recipient and the text never go to the log.
        logger.LogDebug("RBM provider {ProviderId} answered {Status} ({ErrorCode}) for message {MessageId}",
            provider.Id, result.HttpStatus, result.ErrorCode, message.Id);
        return result;
    }

    public CallbackResult Handle(ProviderConfiguration provider, ProviderCallback callback)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(callback);
        return RbmWebhook.Handle(_targets.GetValue(provider, RbmTarget.Parse), callback);
    }

    // The number goes into the URL path: only '+' and digits, so nothing in it can change the path.
    private static bool IsE164(string to) => to.Length is >= 7 and <= 16 && to[0] == '+' && to.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
