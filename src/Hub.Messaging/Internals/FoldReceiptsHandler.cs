using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>Folds receipts that arrived while their message's send was in flight, once the send's answer is recorded.</summary>
internal sealed class FoldReceiptsHandler(ReceiptFolding folding, JobQueue queue) : IJobHandler
{
    public string Kind => MessagingJobKinds.FoldReceipts;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(job.SubjectId);
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        // Still queued: its send is retrying, and folds every receipt when it records its answer.
        if (message is null || message.Status == MessageStatus.Queued)
        {
            return JobOutcome.Completed;
        }
        var receipts = await db.MessageReceipts.AsNoTracking().Where(r => r.MessageId == id).ToListAsync(cancellationToken);
        await folding.ApplyAsync(message, receipts, db, queue, cancellationToken);
        return JobOutcome.Completed;
    }

    public Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
