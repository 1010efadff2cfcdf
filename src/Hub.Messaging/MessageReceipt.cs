using Hub.Channels;
using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>
/// One delivery receipt as a provider reported it, kept for the message's timeline and folded into its status
/// (<see cref="MessageLifecycle.Fold"/>). A receipt for a message Hub cannot find is kept too (no
/// <see cref="MessageId"/>), so that a misrouted callback is visible rather than lost.
/// </summary>
public sealed class MessageReceipt : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid? MessageId { get; set; }
    public required string Provider { get; set; }
    public string? ProviderMessageId { get; set; }
    public ReceiptStatus Status { get; set; }
    public string? ProviderStatus { get; set; }
    public string? ErrorCode { get; set; }
    public string? Error { get; set; }
    public int? Segment { get; set; }
    public int? SegmentCount { get; set; }

    /// <summary>When the far side says it happened (the arrival time when it does not say).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
