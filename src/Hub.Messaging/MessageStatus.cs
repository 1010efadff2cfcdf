namespace Hub.Messaging;

/// <summary>Where a message is in its one lifecycle: <c>Queued → Sent → Delivered → Read</c>, or a final failure.</summary>
public enum MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
    Read,
    /// <summary>The address cannot receive (unknown number, bounced mailbox): final.</summary>
    Undeliverable,
    /// <summary>The provider's validity period ran out before delivery: final.</summary>
    Expired,
}
