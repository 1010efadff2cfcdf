using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Connectors;

namespace Hub.Intake;

/// <summary>
/// Accepts one webhook: verify, parse, deduplicate and store it with its ingest job. Only what is committed is
/// acknowledged; everything slow happens later in the dispatcher. Nothing here reads the database but the commit,
/// which concurrent requests share.
/// </summary>
public sealed class WebhookReceiver(ConnectorDirectory connectors, InboundCommitter committer, TimeProvider time)
{
    // Credentials never go to storage; signature headers are kept, they prove nothing without the secret.
    private static readonly HashSet<string> UnstoredHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
    };

    public ValueTask<ResolvedConnector?> ResolveAsync(string connectorId, CancellationToken cancellationToken) =>
        connectors.FindAsync(connectorId, cancellationToken);

    public async Task<ReceiveResult> ReceiveAsync(ResolvedConnector connector, WebhookRequest request, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(request);
        var definition = connector.Definition;
        if (!IsAccepted(contentType, definition.ContentTypes))
        {
            return new(ReceiveStatus.UnsupportedMediaType, Detail: $"Content type '{contentType}' is not accepted; send {string.Join(" or ", definition.ContentTypes)}.");
        }
        var now = time.GetUtcNow();
        if (!definition.VerifySignature(request, connector.SecretsAt(now), now, connector.Settings))
        {
            return new(ReceiveStatus.Unauthorized);
        }

        WebhookIdentity identity;
        try
        {
            identity = definition.CheckAndIdentify(request);
        }
        catch (InvalidWebhookBodyException ex)
        {
            return new(ReceiveStatus.InvalidBody, Detail: ex.Message);
        }

        // Without a delivery id a body hash deduplicates, unless the spec says identical bodies can be distinct events.
        var deliveryId = identity.DeliveryId
            ?? (definition.Deduplicates ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(request.Body)) : "unique:" + Guid.CreateVersion7());
        var stored = new InboundRequest
        {
            Id = Guid.CreateVersion7(),
            WorkspaceId = connector.WorkspaceId,
            ConnectorId = connector.Id,
            DeliveryId = deliveryId,
            SourceEventType = identity.EventType,
            Method = request.Method,
            Path = request.Path,
            ContentType = contentType,
            HeadersJson = HeadersJson(request.Headers),
            Body = request.Body,
            ReceivedAt = request.ReceivedAt,
            Status = InboundStatus.Pending,
        };
        var committed = await committer.CommitAsync(stored, cancellationToken);
        return new(committed.Duplicate ? ReceiveStatus.Duplicate : ReceiveStatus.Accepted, committed.RequestId);
    }

    /// <summary>
    /// The headers as one JSON object, credentials left out: written directly, as <c>JsonSerializer</c> would write the
    /// dictionary (same escaping), without the copy and the reflection-based serializer on every webhook.
    /// </summary>
    private static string HeadersJson(IReadOnlyDictionary<string, string> headers)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in headers)
            {
                if (!UnstoredHeaders.Contains(name))
                {
                    json.WriteString(name, value);
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsAccepted(string? contentType, IReadOnlyList<string> accepted)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }
        var mediaType = contentType.AsSpan();
        var separator = mediaType.IndexOf(';');
        mediaType = (separator >= 0 ? mediaType[..separator] : mediaType).Trim();
        foreach (var candidate in accepted)
        {
            if (mediaType.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
