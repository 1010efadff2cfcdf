using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Receipt-driven fallback: a message still only <c>sent</c> when its channel's receipt timeout is up (no delivered,
/// read or failure receipt) moves its send on to the next channel. The message keeps its status: a late receipt
/// still lands on it, but the send does not move on twice.
/// </summary>
internal sealed class ReceiptDeadlineHandler(MessageFallbacks fallbacks, JobQueue queue, IChannelProviderResolver providers) : IJobHandler
{
    public string Kind => MessagingJobKinds.ReceiptDeadline;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(job.SubjectId);
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null || message.Status != MessageStatus.Sent || string.IsNullOrEmpty(message.FallbackChannels))
        {
            return JobOutcome.Completed;
        }
        var timeout = providers.ReceiptTimeoutOf(message.WorkspaceId, message.Channel);
        var waited = timeout is { } t ? $"{t.TotalMinutes:0.#} min" : "the receipt timeout";
        await fallbacks.MoveOnAsync(message, $"No delivery receipt on {message.Channel} within {waited}", db, queue, cancellationToken);
        return JobOutcome.Completed;
    }

    public Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
