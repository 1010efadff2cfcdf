namespace Hub.Channels;

/// <summary>
/// A status report for one sent message, correlated by Hub's message id when the provider echoes it (LINK
/// <c>refId</c>, SendGrid custom args) or else by the provider's message id (from the send's answer).
/// <see cref="Segment"/>/<see cref="SegmentCount"/> are set by providers that report each SMS part on its own
/// (LINK); Hub combines them into one message status.
/// </summary>
public sealed record DeliveryReceipt(ReceiptStatus Status)
{
    public string? MessageId { get; init; }

    public string? ProviderMessageId { get; init; }

    /// <summary>When the far side says it happened; null when it does not say (Hub then uses the arrival time).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The provider's status as it sent it (<c>DELIVERED</c>, <c>undelivered</c>, <c>bounce</c>), for the timeline.</summary>
    public string? ProviderStatus { get; init; }

    public string? ErrorCode { get; init; }

    public string? Error { get; init; }

    public int? Segment { get; init; }

    public int? SegmentCount { get; init; }
}
