using System.Security.Cryptography;
using System.Text.Json;
using Hub.Connectors;
using Hub.Pipeline.Jobs;
using Hub.Storage;
using Hub.Storage.Entities;
using Hub.Storage.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// Accepts one webhook: verify, parse, deduplicate and store it with its ingest job in one transaction. Only what is
/// committed is acknowledged; everything slow happens later in the dispatcher.
/// </summary>
public sealed class WebhookReceiver(
    HubDbContext db,
    JobQueue queue,
    JobSignal signal,
    IConnectorCatalog catalog,
    ConnectorSecrets secrets,
    IOptions<IngestOptions> options,
    SqliteWriteGate writeGate,
    TimeProvider time)
{
    // Credentials never go to storage; signature headers are kept, they prove nothing without the secret.
    private static readonly HashSet<string> UnstoredHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
    };

    public async Task<ResolvedConnector?> ResolveAsync(string connectorId, CancellationToken cancellationToken)
    {
        var instance = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectorId, cancellationToken);
        var definition = instance is null ? null : catalog.Find(instance.Type);
        if (instance is null || definition is null)
        {
            return null;
        }
        var keys = new List<string> { secrets.Unprotect(instance.ProtectedSecret) };
        if (instance.ProtectedPreviousSecret is not null && instance.PreviousSecretExpiresAt > time.GetUtcNow())
        {
            keys.Add(secrets.Unprotect(instance.ProtectedPreviousSecret));
        }
        var limit = instance.MaxBodyBytes ?? definition.MaxBodyBytes ?? options.Value.MaxBodyBytes;
        return new ResolvedConnector(instance, definition, keys, limit);
    }

    public async Task<ReceiveResult> ReceiveAsync(ResolvedConnector connector, WebhookRequest request, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(request);
        var definition = connector.Definition;
        if (!IsAccepted(contentType, definition.ContentTypes))
        {
            return new(ReceiveStatus.UnsupportedMediaType, Detail: $"Content type '{contentType}' is not accepted; send {string.Join(" or ", definition.ContentTypes)}.");
        }
        if (!definition.VerifySignature(request, connector.Secrets, time.GetUtcNow(), connector.Settings))
        {
            return new(ReceiveStatus.Unauthorized);
        }

        WebhookIdentity identity;
        try
        {
            var body = definition.ParseBody(request);
            identity = definition.Identify(request, body);
        }
        catch (InvalidWebhookBodyException ex)
        {
            return new(ReceiveStatus.InvalidBody, Detail: ex.Message);
        }

        // Without a delivery id a body hash deduplicates, unless the spec says identical bodies can be distinct events.
        var deliveryId = identity.DeliveryId
            ?? (definition.Deduplicates ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(request.Body)) : "unique:" + Guid.CreateVersion7());
        var connectorId = connector.Instance.Id;
        var existing = await FindAsync(connectorId, deliveryId, cancellationToken);
        if (existing is not null)
        {
            return new(ReceiveStatus.Duplicate, existing);
        }

        var stored = new InboundRequest
        {
            Id = Guid.CreateVersion7(),
            ConnectorId = connectorId,
            DeliveryId = deliveryId,
            SourceEventType = identity.EventType,
            Method = request.Method,
            Path = request.Path,
            ContentType = contentType,
            HeadersJson = JsonSerializer.Serialize(request.Headers.Where(h => !UnstoredHeaders.Contains(h.Key)).ToDictionary()),
            Body = request.Body,
            ReceivedAt = request.ReceivedAt,
            Status = InboundStatus.Pending,
        };
        db.InboundRequests.Add(stored);
        queue.Enqueue(JobKinds.Ingest, stored.Id.ToString());
        try
        {
            using var turn = await writeGate.EnterAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same delivery arrived twice at once (a source retrying, or two nodes): the other copy won.
            var raced = await FindAsync(connectorId, deliveryId, CancellationToken.None);
            if (raced is null)
            {
                throw;
            }
            return new(ReceiveStatus.Duplicate, raced);
        }
        signal.Notify();
        return new(ReceiveStatus.Accepted, stored.Id);
    }

    private Task<Guid?> FindAsync(string connectorId, string deliveryId, CancellationToken cancellationToken) =>
        db.InboundRequests.AsNoTracking()
            .Where(r => r.ConnectorId == connectorId && r.DeliveryId == deliveryId)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static bool IsAccepted(string? contentType, IReadOnlyList<string> accepted)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return accepted.Any(a => string.Equals(a, mediaType, StringComparison.OrdinalIgnoreCase));
    }
}
