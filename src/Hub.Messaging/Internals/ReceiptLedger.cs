using Hub.Channels;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

internal sealed class ReceiptLedger(HubDbContext db, JobQueue queue, ReceiptFolding folding, TimeProvider time) : IReceiptLedger
{
    /// <summary>A receipt for a message whose send is still in flight is folded in this long after, once its answer is recorded.</summary>
    public static readonly TimeSpan InFlightDelay = TimeSpan.FromSeconds(5);

    public async Task<ReceiptsRecorded> RecordAsync(string providerId, IReadOnlyList<DeliveryReceipt> receipts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        if (receipts.Count == 0)
        {
            return new ReceiptsRecorded(0, 0);
        }
        var now = time.GetUtcNow();
        var messages = await FindMessagesAsync(providerId, receipts, cancellationToken);
        var added = new Dictionary<Guid, List<MessageReceipt>>();
        var unmatched = 0;
        foreach (var receipt in receipts)
        {
            var message = Match(receipt, providerId, messages);
            var row = new MessageReceipt
            {
                Id = Guid.CreateVersion7(),
                MessageId = message?.Id,
                Provider = providerId,
                ProviderMessageId = Truncate(receipt.ProviderMessageId, 200),
                Status = receipt.Status,
                ProviderStatus = Truncate(receipt.ProviderStatus, 100),
                ErrorCode = Truncate(receipt.ErrorCode, 50),
                Error = Truncate(receipt.Error, 1000),
                Segment = receipt.Segment,
                SegmentCount = receipt.SegmentCount,
                OccurredAt = receipt.OccurredAt ?? now,
                ReceivedAt = now,
            };
            db.MessageReceipts.Add(row);
            if (message is null)
            {
                unmatched++;
                continue;
            }
            if (!added.TryGetValue(message.Id, out var rows))
            {
                added[message.Id] = rows = [];
            }
            rows.Add(row);
        }
        foreach (var (id, rows) in added)
        {
            var message = messages.First(m => m.Id == id);
            if (message.Status == MessageStatus.Queued)
            {
                // Its send is still in flight: the answer's commit would overwrite a status set now. The send folds
                // these in when it records its answer; this job catches one that arrives between the two.
                queue.Enqueue(MessagingJobKinds.FoldReceipts, id.ToString(), runAt: now + InFlightDelay);
                continue;
            }
            var stored = await db.MessageReceipts.AsNoTracking().Where(r => r.MessageId == id).ToListAsync(cancellationToken);
            await folding.ApplyAsync(message, [.. stored, .. rows], db, queue, cancellationToken);
        }
        return new ReceiptsRecorded(receipts.Count - unmatched, unmatched);
    }

    public async Task<Guid?> FindMessageIdAsync(string providerId, string providerMessageId, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking()
            .Where(m => m.Provider == providerId && m.ProviderMessageId == providerMessageId)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static MessageRecord? Match(DeliveryReceipt receipt, string providerId, List<MessageRecord> messages) =>
        (Guid.TryParse(receipt.MessageId, out var id) ? messages.FirstOrDefault(m => m.Id == id) : null)
        ?? (receipt.ProviderMessageId is { } providerMessageId
            ? messages.FirstOrDefault(m => m.Provider == providerId && m.ProviderMessageId == providerMessageId)
            : null);

    /// <summary>The receipts' messages, tracked, and on PostgreSQL locked until the caller commits.</summary>
    private async Task<List<MessageRecord>> FindMessagesAsync(string providerId, IReadOnlyList<DeliveryReceipt> receipts, CancellationToken cancellationToken)
    {
        var ids = receipts.Select(r => Guid.TryParse(r.MessageId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToArray();
        var providerIds = receipts.Where(r => !Guid.TryParse(r.MessageId, out _) && r.ProviderMessageId is not null)
            .Select(r => r.ProviderMessageId!).Distinct(StringComparer.Ordinal).ToArray();
        var found = new List<MessageRecord>();
        if (ids.Length > 0)
        {
            found.AddRange(await (db.IsSqlite
                ? db.Messages.Where(m => ids.Contains(m.Id))
                : db.Messages.FromSql($"SELECT * FROM messages WHERE id = ANY({ids}) FOR UPDATE")).ToListAsync(cancellationToken));
        }
        if (providerIds.Length > 0)
        {
            found.AddRange(await (db.IsSqlite
                ? db.Messages.Where(m => m.Provider == providerId && providerIds.Contains(m.ProviderMessageId!))
                : db.Messages.FromSql($"SELECT * FROM messages WHERE provider = {providerId} AND provider_message_id = ANY({providerIds}) FOR UPDATE"))
                .ToListAsync(cancellationToken));
        }
        return found.DistinctBy(m => m.Id).ToList();
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
