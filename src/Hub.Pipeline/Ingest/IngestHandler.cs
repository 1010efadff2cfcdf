using System.Text.Json;
using Hub.Connectors;
using Hub.Pipeline.Jobs;
using Hub.Storage;
using Hub.Storage.Entities;
using Hub.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Hub.Pipeline.Ingest;

/// <summary>Normalizes a stored webhook into canonical events and queues their routing.</summary>
internal sealed class IngestHandler(
    IConnectorCatalog catalog,
    JobQueue queue,
    ConnectorSecrets secrets,
    IEnrichmentClient enrichment,
    TimeProvider time) : IJobHandler
{
    public string Kind => JobKinds.Ingest;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.InboundRequests.FirstOrDefaultAsync(r => r.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (request is null)
        {
            return JobOutcome.DeadLetter($"Inbound request {job.SubjectId} does not exist.");
        }
        request.Attempts = job.Attempts;
        var instance = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ConnectorId, cancellationToken);
        if (instance is null)
        {
            return JobOutcome.DeadLetter($"Connector '{request.ConnectorId}' was deleted before its webhook was processed.");
        }
        var definition = catalog.Find(instance.Type);
        if (definition is null)
        {
            return JobOutcome.DeadLetter($"Connector type '{instance.Type}' is not loaded.");
        }

        var webhook = ToWebhookRequest(request);
        NormalizationResult result;
        try
        {
            var body = definition.ParseBody(webhook);
            var settings = System.Text.Json.Nodes.JsonNode.Parse(instance.SettingsJson) as System.Text.Json.Nodes.JsonObject ?? [];
            var credentials = secrets.UnprotectCredentials(instance.ProtectedCredentials);
            var context = new ConnectorContext(instance.Id, settings, credentials);
            result = await definition.NormalizeAsync(webhook, body, context, enrichment, cancellationToken);
        }
        catch (Exception ex) when (ex is MappingException or InvalidWebhookBodyException or EnrichmentException { IsTransient: false })
        {
            // A mapping error or a refused lookup will not fix itself: dead-letter at once; replay after the spec
            // or the credentials are fixed.
            return JobOutcome.DeadLetter(ex.Message);
        }
        catch (EnrichmentException ex)
        {
            // The source's API is down or throttling: try again with the queue's backoff.
            return JobOutcome.RetryLater(ex.Message);
        }

        var now = time.GetUtcNow();
        foreach (var canonical in result.Events)
        {
            if (await db.Events.AnyAsync(e => e.Id == canonical.Id, cancellationToken))
            {
                continue;
            }
            db.Events.Add(new EventRecord
            {
                Id = canonical.Id,
                InboundRequestId = request.Id,
                ConnectorId = instance.Id,
                Source = canonical.Source,
                Type = canonical.Type,
                Subject = canonical.Subject,
                Time = canonical.Time,
                DataSchema = canonical.DataSchema,
                DataJson = canonical.Data.ToJsonString(),
                Status = EventStatus.Pending,
                CreatedAt = now,
            });
            queue.Enqueue(JobKinds.RouteEvent, canonical.Id);
        }
        request.Status = result.Events.Count == 0 ? InboundStatus.Ignored : InboundStatus.Processed;
        request.LastError = result.Events.Count == 0 ? result.IgnoredReason : null;
        request.ProcessedAt = now;
        return JobOutcome.Completed;
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.InboundRequests.FirstOrDefaultAsync(r => r.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (request is not null)
        {
            request.Status = InboundStatus.Failed;
            request.LastError = error;
            request.Attempts = job.Attempts;
        }
    }

    internal static WebhookRequest ToWebhookRequest(InboundRequest request)
    {
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(request.HeadersJson) ?? [];
        return new WebhookRequest(
            request.Method,
            request.Path,
            new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase),
            request.Body,
            request.ReceivedAt);
    }
}
