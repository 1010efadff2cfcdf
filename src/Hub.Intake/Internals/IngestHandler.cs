using System.Text.Json;
using Hub.Connectors;
using Hub.Events;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Intake.Internals;

/// <summary>Normalizes a stored webhook into canonical events, recorded with their consumers' effects.</summary>
internal sealed class IngestHandler(
    ConnectorDirectory connectors,
    EventStore eventStore,
    IEnrichmentClient enrichment,
    IEventCatalog events,
    TimeProvider time) : IJobHandler
{
    public string Kind => IntakeJobKinds.Ingest;

    public async Task PrefetchAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        var ids = jobs.Select(j => Guid.Parse(j.SubjectId)).ToList();
        await db.InboundRequests.Where(r => ids.Contains(r.Id)).LoadAsync(cancellationToken);
    }

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.InboundRequests.FindAsync([Guid.Parse(job.SubjectId)], cancellationToken);
        if (request is null)
        {
            return JobOutcome.DeadLetter($"Inbound request {job.SubjectId} does not exist.");
        }
        // Its events are stored in the transaction that completes its job: a request never tried before has none yet.
        var mayHaveEvents = request.Attempts > 0 || request.Replays > 0 || request.Status != InboundStatus.Pending;
        request.Attempts = job.Attempts;
        var connector = await connectors.FindAsync(request.ConnectorId, cancellationToken);
        if (connector is null)
        {
            return JobOutcome.DeadLetter($"Connector '{request.ConnectorId}' was deleted before its webhook was processed, or its type is not loaded.");
        }
        var definition = connector.Definition;

        var webhook = ToWebhookRequest(request);
        NormalizationResult result;
        try
        {
            var body = definition.ParseBody(webhook);
            var context = new ConnectorContext(connector.Id, connector.Settings, connector.Credentials, request.DeliveryId);
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

        var invalid = result.Events.Select(Check).OfType<string>().ToList();
        if (invalid.Count > 0)
        {
            // The spec produced data the catalogue does not accept: stop it here, before a workflow sends nonsense.
            return JobOutcome.DeadLetter(string.Join("; ", invalid));
        }

        var now = time.GetUtcNow();
        foreach (var normalized in result.Events)
        {
            var canonical = request.Replays == 0 ? normalized : normalized with { Id = $"{normalized.Id}-r{request.Replays}" };
            if (mayHaveEvents && await db.Events.AnyAsync(e => e.Id == canonical.Id, cancellationToken))
            {
                continue;
            }
            await eventStore.AddAsync(db, canonical, connector.Id, request.Id, now, cancellationToken);
        }
        request.Status = result.Events.Count == 0 ? InboundStatus.Ignored : InboundStatus.Processed;
        request.LastError = result.Events.Count == 0 ? result.IgnoredReason : null;
        request.ProcessedAt = now;
        return JobOutcome.Completed;
    }

    /// <summary>Null when the event is a catalogue type and its data matches the schema; else what is wrong, by field.</summary>
    private string? Check(Hub.Core.Events.CanonicalEvent canonical)
    {
        if (!events.IsKnown(canonical.Type))
        {
            return $"{canonical.Type} is not a canonical event type; known types: {string.Join(", ", events.Types)}";
        }
        var errors = events.Validate(canonical.Type, canonical.Data);
        return errors.Count == 0 ? null : $"{canonical.Type} does not match its schema: {string.Join("; ", errors)}";
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
