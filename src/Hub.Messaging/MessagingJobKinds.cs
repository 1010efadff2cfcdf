namespace Hub.Messaging;

public static class MessagingJobKinds
{
    /// <summary>Hand a rendered message to its provider.</summary>
    public const string Deliver = "send-message";

    /// <summary>Fold receipts that arrived while the message's send was in flight.</summary>
    public const string FoldReceipts = "fold-receipts";

    /// <summary>Move a sent message's send on when no delivery receipt came within its channel's receipt timeout.</summary>
    public const string ReceiptDeadline = "receipt-deadline";
}
