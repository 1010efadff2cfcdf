using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Storage;
using Hub.Storage.Entities;
using Hub.Storage.Jobs;

namespace Hub.Pipeline.Routing;

/// <summary>Canonical events as rows: the one place an event is stored with its routing job, and read back.</summary>
internal static class StoredEvents
{
    /// <summary>Tracks the event and the job that routes it; both are stored by the caller's next <c>SaveChanges</c>.</summary>
    public static void Add(HubDbContext db, JobQueue queue, CanonicalEvent canonical, string connectorId, Guid? inboundRequestId, DateTimeOffset now)
    {
        db.Events.Add(new EventRecord
        {
            Id = canonical.Id,
            InboundRequestId = inboundRequestId,
            ConnectorId = connectorId,
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

    public static CanonicalEvent ToCanonical(this EventRecord record) => new()
    {
        Id = record.Id,
        Source = record.Source,
        Type = record.Type,
        Subject = record.Subject,
        Time = record.Time,
        DataSchema = record.DataSchema,
        Data = JsonNode.Parse(record.DataJson) as JsonObject ?? [],
    };
}
