using Hub.Channels;

namespace Hub.Messaging;

/// <summary>
/// The one order statuses move in, whatever the provider: a message only moves forward, so a late or out-of-order
/// receipt (a <c>sent</c> after a <c>delivered</c>) changes nothing. Delivered, Read and the failures are final
/// except that a delivered message can still be read.
/// </summary>
public static class MessageLifecycle
{
    public static bool IsFinal(MessageStatus status) =>
        status is MessageStatus.Read or MessageStatus.Failed or MessageStatus.Undeliverable or MessageStatus.Expired;

    public static bool IsFailure(MessageStatus status) =>
        status is MessageStatus.Failed or MessageStatus.Undeliverable or MessageStatus.Expired;

    /// <summary>Whether a message in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(MessageStatus from, MessageStatus to) => from switch
    {
        MessageStatus.Queued => to != MessageStatus.Queued,
        MessageStatus.Sent => to is not (MessageStatus.Queued or MessageStatus.Sent),
        MessageStatus.Delivered => to == MessageStatus.Read,
        _ => false,
    };

    public static MessageStatus Of(ReceiptStatus status) => status switch
    {
        ReceiptStatus.Sent => MessageStatus.Sent,
        ReceiptStatus.Delivered => MessageStatus.Delivered,
        ReceiptStatus.Read => MessageStatus.Read,
        ReceiptStatus.Undeliverable => MessageStatus.Undeliverable,
        ReceiptStatus.Expired => MessageStatus.Expired,
        _ => MessageStatus.Failed,
    };

    /// <summary>
    /// The status a message's receipts add up to, from <paramref name="current"/>. A provider that reports each SMS
    /// part on its own (a segment count on its receipts) delivers the message only when every part is delivered, and
    /// fails it when any part fails; otherwise each receipt moves the message on as far as it may.
    /// </summary>
    public static MessageStatus Fold(MessageStatus current, IEnumerable<MessageReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        var status = current;
        var whole = new List<MessageReceipt>();
        var parts = new List<MessageReceipt>();
        foreach (var receipt in receipts)
        {
            (receipt.SegmentCount > 1 ? parts : whole).Add(receipt);
        }
        foreach (var receipt in whole.OrderBy(r => r.Status))
        {
            status = Advance(status, MessageLifecycle.Of(receipt.Status));
        }
        if (parts.Count > 0)
        {
            status = Advance(status, OfParts(parts));
        }
        return status;
    }

    private static MessageStatus Advance(MessageStatus from, MessageStatus to) => CanMove(from, to) ? to : from;

    private static MessageStatus OfParts(List<MessageReceipt> parts)
    {
        if (parts.FirstOrDefault(p => IsFailure(Of(p.Status))) is { } failed)
        {
            return Of(failed.Status);
        }
        var count = parts.Max(p => p.SegmentCount ?? 1);
        var delivered = parts.Where(p => p.Status is ReceiptStatus.Delivered or ReceiptStatus.Read).Select(p => p.Segment ?? 0).Distinct().Count();
        return delivered >= count ? MessageStatus.Delivered : MessageStatus.Sent;
    }
}
