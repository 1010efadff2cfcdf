using Hub.Channels;

namespace Hub.Messaging;

/// <summary>Stores what a provider reports about messages it carried, and moves those messages on.</summary>
public interface IReceiptLedger
{
    /// <summary>
    /// Adds the receipts to the caller's unit of work (saved with its next <c>SaveChanges</c>) and applies them to
    /// their messages, found by Hub's id or else by the provider's. Receipts for messages Hub cannot find are kept
    /// without a message. On PostgreSQL the caller must have a transaction open: the messages are locked while their
    /// receipts are folded, so that parts of one SMS reported at once are all counted.
    /// </summary>
    Task<ReceiptsRecorded> RecordAsync(string providerId, IReadOnlyList<DeliveryReceipt> receipts, CancellationToken cancellationToken);

    /// <summary>Hub's id of the message the provider knows as <paramref name="providerMessageId"/> (an inbound reply's context).</summary>
    Task<Guid?> FindMessageIdAsync(string providerId, string providerMessageId, CancellationToken cancellationToken);
}
