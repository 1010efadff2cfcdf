using Hub.Channels;
using Hub.Messaging;

namespace Hub.Tests.Messaging;

public sealed class MessageLifecycleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static MessageReceipt Receipt(ReceiptStatus status, int minute = 0, int? segment = null, int? count = null) => new()
    {
        Provider = "link-no",
        Status = status,
        Segment = segment,
        SegmentCount = count,
        OccurredAt = T0.AddMinutes(minute),
    };

    [Theory]
    [InlineData(MessageStatus.Queued, MessageStatus.Sent, true)]
    [InlineData(MessageStatus.Queued, MessageStatus.Delivered, true)]
    [InlineData(MessageStatus.Sent, MessageStatus.Delivered, true)]
    [InlineData(MessageStatus.Sent, MessageStatus.Failed, true)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Read, true)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Sent, false)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Failed, false)]
    [InlineData(MessageStatus.Read, MessageStatus.Delivered, false)]
    [InlineData(MessageStatus.Failed, MessageStatus.Delivered, false)]
    [InlineData(MessageStatus.Undeliverable, MessageStatus.Read, false)]
    [InlineData(MessageStatus.Sent, MessageStatus.Sent, false)]
    public void A_message_only_moves_forward(MessageStatus from, MessageStatus to, bool allowed) =>
        Assert.Equal(allowed, MessageLifecycle.CanMove(from, to));

    [Fact]
    public void Receipts_out_of_order_end_where_the_furthest_one_says()
    {
        // Delivered arrives first, the earlier "sent" report after it.
        var status = MessageLifecycle.Fold(MessageStatus.Sent, [Receipt(ReceiptStatus.Delivered, 2), Receipt(ReceiptStatus.Sent, 1)]);

        Assert.Equal(MessageStatus.Delivered, status);
        Assert.Equal(MessageStatus.Delivered, MessageLifecycle.Fold(status, [Receipt(ReceiptStatus.Sent, 3)]));
    }

    [Fact]
    public void Read_follows_delivered_but_a_late_failure_does_not_undo_delivery()
    {
        Assert.Equal(MessageStatus.Read, MessageLifecycle.Fold(MessageStatus.Sent, [Receipt(ReceiptStatus.Read), Receipt(ReceiptStatus.Delivered)]));
        Assert.Equal(MessageStatus.Delivered, MessageLifecycle.Fold(MessageStatus.Delivered, [Receipt(ReceiptStatus.Failed)]));
    }

    [Fact]
    public void A_failure_receipt_fails_a_sent_message_with_its_own_kind()
    {
        Assert.Equal(MessageStatus.Undeliverable, MessageLifecycle.Fold(MessageStatus.Sent, [Receipt(ReceiptStatus.Undeliverable)]));
        Assert.Equal(MessageStatus.Expired, MessageLifecycle.Fold(MessageStatus.Sent, [Receipt(ReceiptStatus.Expired)]));
    }

    [Fact]
    public void A_multipart_sms_is_delivered_only_when_every_part_is()
    {
        var first = Receipt(ReceiptStatus.Delivered, segment: 1, count: 3);
        var second = Receipt(ReceiptStatus.Delivered, segment: 2, count: 3);
        var third = Receipt(ReceiptStatus.Delivered, segment: 3, count: 3);

        Assert.Equal(MessageStatus.Sent, MessageLifecycle.Fold(MessageStatus.Sent, [first, second]));
        Assert.Equal(MessageStatus.Sent, MessageLifecycle.Fold(MessageStatus.Sent, [first, second, second]));
        Assert.Equal(MessageStatus.Delivered, MessageLifecycle.Fold(MessageStatus.Sent, [third, first, second]));
    }

    [Fact]
    public void One_failed_part_fails_the_whole_sms()
    {
        var status = MessageLifecycle.Fold(MessageStatus.Sent,
            [Receipt(ReceiptStatus.Delivered, segment: 1, count: 2), Receipt(ReceiptStatus.Undeliverable, segment: 2, count: 2)]);

        Assert.Equal(MessageStatus.Undeliverable, status);
    }
}
