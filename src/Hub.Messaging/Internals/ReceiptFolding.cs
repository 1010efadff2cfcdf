using Hub.Runtime.Jobs;
using Hub.Storage;

namespace Hub.Messaging.Internals;

/// <summary>
/// Moves a message to the status its receipts add up to (<see cref="MessageLifecycle.Fold"/>), and when that is a
/// failure, moves the send on to its next channel. Used when a receipt arrives, when a send's answer is recorded
/// (receipts can beat it), and by the follow-up job that catches a receipt that arrived mid-send.
/// </summary>
internal sealed class ReceiptFolding(MessageFallbacks fallbacks, TimeProvider time)
{
    public async Task ApplyAsync(MessageRecord message, IReadOnlyCollection<MessageReceipt> receipts, HubDbContext db, JobQueue queue,
        CancellationToken cancellationToken)
    {
        var next = MessageLifecycle.Fold(message.Status, receipts);
        if (next == message.Status)
        {
            return;
        }
        message.Status = next;
        message.UpdatedAt = time.GetUtcNow();
        message.ProtectedContent = null; // the provider has it; nothing will send it again
        if (!MessageLifecycle.IsFailure(next))
        {
            message.LastError = null;
            return;
        }
        var failed = receipts.Where(r => MessageLifecycle.IsFailure(MessageLifecycle.Of(r.Status))).MaxBy(r => r.OccurredAt)!;
        message.LastError = Describe(failed);
        await fallbacks.MoveOnAsync(message, message.LastError, db, queue, cancellationToken);
    }

    private static string Describe(MessageReceipt receipt)
    {
        var code = receipt.ErrorCode is null ? "" : $" ({receipt.ErrorCode})";
        var detail = receipt.Error is null ? "" : $": {receipt.Error}";
        return $"The provider reported {receipt.ProviderStatus ?? receipt.Status.ToString()}{code}{detail}";
    }
}
