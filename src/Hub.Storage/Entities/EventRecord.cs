namespace Hub.Storage.Entities;

/// <summary>A canonical event (CloudEvents 1.0 envelope) as stored.</summary>
public sealed class EventRecord
{
    public required string Id { get; set; }
    public Guid? InboundRequestId { get; set; }
    public required string ConnectorId { get; set; }
    public required string Source { get; set; }
    public required string Type { get; set; }
    public string? Subject { get; set; }
    public DateTimeOffset Time { get; set; }
    public string? DataSchema { get; set; }
    public required string DataJson { get; set; }
    public EventStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
}
