using Hub.Storage.Workspaces;

namespace Hub.Intake;

/// <summary>A webhook exactly as received, kept for replay and debugging; the source of its canonical events.</summary>
public sealed class InboundRequest : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public required string ConnectorId { get; set; }

    /// <summary>The source's delivery id (or a hash of the body when the source sends none); unique per connector.</summary>
    public required string DeliveryId { get; set; }

    public string? SourceEventType { get; set; }
    public required string Method { get; set; }
    public required string Path { get; set; }
    public string? ContentType { get; set; }

    /// <summary>Request headers as a JSON object, without credentials (Authorization, Cookie).</summary>
    public string HeadersJson { get; set; } = "{}";

    public required byte[] Body { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public InboundStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>How many times an operator replayed this request after it had produced events; new events get new ids.</summary>
    public int Replays { get; set; }
}
