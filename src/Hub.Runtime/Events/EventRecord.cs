using Hub.Storage.Workspaces;

namespace Hub.Runtime.Events;

/// <summary>A canonical event (CloudEvents 1.0 envelope) as stored.</summary>
public sealed class EventRecord : IWorkspaceOwned
{
    public required string Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid? InboundRequestId { get; set; }
    public required string ConnectorId { get; set; }
    public required string Source { get; set; }
    public required string Type { get; set; }
    public string? Subject { get; set; }

    /// <summary>The event's time as an instant (stored in UTC, so that ranges and order are right).</summary>
    public DateTimeOffset Time { get; set; }

    /// <summary>The offset the source gave the time in: a booking at 14:00+01:00 stays a booking at 14:00 local.</summary>
    public int TimeOffsetMinutes { get; set; }

    public string? DataSchema { get; set; }
    public required string DataJson { get; set; }
    public EventStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>The time as the source wrote it, with its own offset.</summary>
    public DateTimeOffset SourceTime => Time.ToOffset(TimeSpan.FromMinutes(TimeOffsetMinutes));
}
