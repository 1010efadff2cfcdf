namespace Hub.Api.Contracts;

/// <summary>
/// The whole story of one message: where it came from (the event, workflow instance and step, or a send API call:
/// <see cref="SendRequestId"/>), each attempt, each receipt, every channel its send tried and why it moved on, and
/// how many deliveries may have been duplicated by a crash mid-send.
/// </summary>
public sealed record MessageDetailResponse(MessageResponse Message, IReadOnlyList<SendAttemptResponse> Attempts)
{
    public Guid SendRequestId { get; init; }

    public Guid? WorkflowInstanceId { get; init; }

    public string? Html { get; init; }

    public IReadOnlyList<MessageReceiptResponse> Receipts { get; init; } = [];

    public IReadOnlyList<MessageRouteStep> Route { get; init; } = [];

    public string? MovedOnReason { get; init; }

    public Guid? PreviousMessageId { get; init; }

    public int PossibleDuplicates { get; init; }
}
