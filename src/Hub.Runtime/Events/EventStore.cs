using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;

namespace Hub.Runtime.Events;

/// <summary>
/// Canonical events as rows: the one place an event is stored with the job that routes it to its consumers (the
/// workflow engine handles <see cref="RouteJobKind"/>), and read back.
/// </summary>
public static class EventStore
{
    /// <summary>The job kind that hands a stored event to the workflows it triggers.</summary>
    public const string RouteJobKind = "route-event";

    /// <summary>Tracks the event and the job that routes it; both are stored by the caller's next <c>SaveChanges</c>.</summary>
    public static void Add(HubDbContext db, JobQueue queue, CanonicalEvent canonical, string connectorId, Guid? inboundRequestId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(canonical);
        db.Events.Add(new EventRecord
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
        });
        queue.Enqueue(RouteJobKind, canonical.Id);
    }

    public static CanonicalEvent ToCanonical(this EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            Id = record.Id,
            Source = record.Source,
            Type = record.Type,
            Subject = record.Subject,
            Time = record.SourceTime,
            DataSchema = record.DataSchema,
            Data = JsonNode.Parse(record.DataJson) as JsonObject ?? [],
        };
    }
}
