using Hub.Core.Events;
using Hub.Storage;

namespace Hub.Runtime.Events;

/// <summary>
/// Canonical events as rows: stored, handed to every <see cref="IEventConsumer"/> in the same transaction, and read
/// back. <see cref="RouteJobKind"/> routes a stored event again (a retry after a fix).
/// </summary>
public sealed class EventStore(IEnumerable<IEventConsumer> consumers)
{
    /// <summary>The job kind that hands a stored event to its consumers again.</summary>
    public const string RouteJobKind = "route-event";

    private readonly IEventConsumer[] _consumers = [.. consumers];

    /// <summary>Tracks the event and its consumers' effects; all are stored by the caller's next <c>SaveChanges</c>.</summary>
    public async Task<EventRecord> AddAsync(HubDbContext db, CanonicalEvent canonical, string connectorId, Guid? inboundRequestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(canonical);
        var record = new EventRecord
        {
            Id = canonical.Id,
            InboundRequestId = inboundRequestId,
            ConnectorId = connectorId,
            Source = canonical.Source,
            Type = canonical.Type,
            Subject = canonical.Subject,
            Time = canonical.Time.ToUniversalTime(),
            TimeOffsetMinutes = (int)canonical.Time.Offset.TotalMinutes,
            DataSchema = canonical.DataSchema,
            DataJson = canonical.Data.ToJsonString(),
            Status = EventStatus.Pending,
            CreatedAt = now,
        };
        db.Events.Add(record);
        await RouteAsync(db, new RecordedEvent(record, canonical, IsRetry: false), now, cancellationToken);
        return record;
    }

    /// <summary>Hands a stored event to the consumers again; what they already did for it they skip.</summary>
    public Task RetryAsync(HubDbContext db, EventRecord record, DateTimeOffset now, CancellationToken cancellationToken) =>
        RouteAsync(db, new RecordedEvent(record, record.ToCanonical(), IsRetry: true), now, cancellationToken);

    private async Task RouteAsync(HubDbContext db, RecordedEvent recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var consumer in _consumers)
        {
            problems.AddRange(await consumer.ConsumeAsync(recorded, db, cancellationToken));
        }
        var record = recorded.Record;
        record.Status = problems.Count == 0 ? EventStatus.Processed : EventStatus.Failed;
        record.LastError = problems.Count == 0 ? null : string.Join("; ", problems);
        record.ProcessedAt = now;
    }
}
