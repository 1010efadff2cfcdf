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
    /// <summary>
    /// Nothing was sent on this channel; <see cref="MessageRecord.SkipReason"/> says why (<c>opted_out</c>,
    /// <c>no_consent</c>, <c>outside_service_window</c>). <c>quiet_hours_held</c> is the one skip that is not final:
    /// the message goes at <see cref="MessageRecord.HeldUntil"/>.
    /// </summary>
    Skipped,
}
