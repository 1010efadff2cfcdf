using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Storage.Entities;

namespace Hub.Pipeline.Routing;

internal static class StoredEvents
{
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
