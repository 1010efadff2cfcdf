using System.Text.Json.Nodes;
using Hub.Core.Events;

namespace Hub.Runtime.Events;

/// <summary>Reading a stored event back as its canonical envelope.</summary>
public static class EventRecords
{
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
