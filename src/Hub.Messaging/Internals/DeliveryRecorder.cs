using Hub.Channels;
using Hub.Contacts;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Records a delivery on its message (<see cref="DeliveryEffect"/>): the attempt and its outcome, a skip, a hold, a
/// move to the channel's next provider or, when none is left, the failure and the send's next channel. Reads the
/// message again every time, so that a delivery whose batch could not commit is recorded alone on a fresh context.
/// </summary>
internal sealed class DeliveryRecorder(
    IChannelProviderResolver providers,
    MessageFallbacks fallbacks,
    ReceiptFolding folding,
    TimeProvider time)
{
    public async Task<JobOutcome> RecordAsync(DeliveryEffect effect, HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FindAsync([effect.MessageId], cancellationToken);
        if (message is null || effect.Step == DeliveryStep.Missing)
        {
            return JobOutcome.DeadLetter($"Message {effect.MessageId} does not exist.");
        }
        switch (effect.Step)
        {
            case DeliveryStep.Settled:
                return JobOutcome.Completed;
            case DeliveryStep.NoProvider:
                return JobOutcome.RetryLater($"Provider '{message.Provider}' is not configured in this workspace, or its type is not registered in this process.");
        }
        message.ContactId = effect.ContactId ?? message.ContactId;
        switch (effect.Step)
        {
            case DeliveryStep.Skipped:
                return await SkipAsync(message, effect.Reason ?? SkipReasons.OptedOut, db, queue, cancellationToken);
            case DeliveryStep.Held:
                message.Status = MessageStatus.Skipped;
                message.SkipReason = SkipReasons.QuietHoursHeld;
                message.HeldUntil = effect.Until;
                message.UpdatedAt = time.GetUtcNow();
                // Postponed, not retried: the attempt is not counted, so the release is no lost attempt nor a possible duplicate.
                return JobOutcome.Postpone("Held for the recipient's quiet hours.", effect.Until ?? time.GetUtcNow());
        }
        if (message.IsHeld)
        {
            message.Status = MessageStatus.Queued; // released; HeldUntil stays to show it waited
            message.SkipReason = null;
            message.UpdatedAt = time.GetUtcNow();
        }
        if (effect.Step == DeliveryStep.RateLimited)
        {
            return JobOutcome.Postpone(effect.Reason ?? "The provider is at its rate limit.", effect.Until ?? time.GetUtcNow());
        }
        return await RecordCallAsync(effect, message, db, queue, cancellationToken);
    }

    private async Task<JobOutcome> RecordCallAsync(DeliveryEffect effect, MessageRecord message, HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
    {
        var provider = effect.Provider!;
        var result = effect.Result!;
        if (effect.Job.Attempts > 1)
        {
            await CountLostAttemptsAsync(message, effect.Job, db, cancellationToken);
        }
        db.SendAttempts.Add(new SendAttempt
        {
            Id = Guid.CreateVersion7(),
            MessageId = message.Id,
            Number = effect.Job.Attempts,
            Provider = provider.Id,
            Outcome = effect.CircuitOpen ? "CircuitOpen" : result.Outcome.ToString(),
            ProviderMessageId = result.ProviderMessageId,
            Error = result.Error,
            HttpStatus = result.HttpStatus,
            ErrorCode = result.ErrorCode,
            StartedAt = effect.StartedAt,
            CompletedAt = effect.CompletedAt,
        });
        message.UpdatedAt = effect.CompletedAt;

        switch (result.Outcome)
        {
            case SendOutcome.Delivered or SendOutcome.Accepted:
                await RecordSentAsync(message, result, db, queue, cancellationToken);
                return JobOutcome.Completed;
            case SendOutcome.TransientFailure:
                message.LastError = result.Error;
                if (effect.CircuitOpen && await NextProviderAsync(message, provider.Id, db, cancellationToken) is { } next)
                {
                    return SwitchProvider(message, next, result.Error!, queue);
                }
                return JobOutcome.RetryLater(result.Error ?? "The provider failed transiently.",
                    result.RetryAfter is { } after ? effect.CompletedAt + after : effect.CircuitOpen ? effect.CompletedAt + ProviderCircuits.BreakDuration : null);
            default:
                var error = result.Error ?? "The provider refused the message.";
                if (await NextProviderAsync(message, provider.Id, db, cancellationToken) is { } other)
                {
                    return SwitchProvider(message, other, error, queue);
                }
                await fallbacks.FailAsync(message, error, db, queue, cancellationToken,
                    result.Outcome == SendOutcome.Unreachable ? MessageStatus.Undeliverable : MessageStatus.Failed);
                return JobOutcome.Completed;
        }
    }

    /// <summary>Nothing is sent on this channel (no attempt is recorded); the send moves on to its next channel, if any.</summary>
    private async Task<JobOutcome> SkipAsync(MessageRecord message, string reason, HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
    {
        message.Status = MessageStatus.Skipped;
        message.SkipReason = reason;
        message.ProtectedContent = null;
        message.UpdatedAt = time.GetUtcNow();
        await fallbacks.MoveOnAsync(message, reason, db, queue, cancellationToken);
        return JobOutcome.Completed;
    }

    private async Task RecordSentAsync(MessageRecord message, SendResult result, HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
    {
        message.Status = result.Outcome == SendOutcome.Delivered ? MessageStatus.Delivered : MessageStatus.Sent;
        message.ProviderMessageId = result.ProviderMessageId;
        message.LastError = null;
        message.ProtectedContent = null; // handed over: nothing needs the secret text any more
        if (message.Status != MessageStatus.Sent)
        {
            return;
        }
        // Receipts can beat the answer: those that named Hub's id wait on the message, those that named only the
        // provider's id wait unmatched until now.
        var providerMessageId = result.ProviderMessageId;
        var early = await db.MessageReceipts
            .Where(r => r.MessageId == message.Id || (r.MessageId == null && r.Provider == message.Provider && r.ProviderMessageId == providerMessageId))
            .ToListAsync(cancellationToken);
        foreach (var receipt in early)
        {
            receipt.MessageId = message.Id;
        }
        if (early.Count > 0)
        {
            await folding.ApplyAsync(message, early, db, queue, cancellationToken);
        }
        if (message.Status == MessageStatus.Sent && !string.IsNullOrEmpty(message.FallbackChannels)
            && providers.ReceiptTimeoutOf(message.WorkspaceId, message.Channel) is { } timeout)
        {
            queue.Enqueue(MessagingJobKinds.ReceiptDeadline, message.Id.ToString(), runAt: time.GetUtcNow() + timeout);
        }
    }

    /// <summary>The route's first provider for the message's channel that has not tried it yet, or null.</summary>
    private async Task<ResolvedProvider?> NextProviderAsync(MessageRecord message, string current, HubDbContext db, CancellationToken cancellationToken)
    {
        var (route, _) = providers.RouteOf(message.WorkspaceId, message.Channel);
        if (route.Count < 2)
        {
            return null;
        }
        var tried = await db.SendAttempts.AsNoTracking().Where(a => a.MessageId == message.Id).Select(a => a.Provider).Distinct().ToListAsync(cancellationToken);
        tried.Add(current);
        return route.Where(id => !tried.Contains(id, StringComparer.Ordinal))
            .Select(id => providers.ById(message.WorkspaceId, id))
            .FirstOrDefault(p => p is not null && p.Type.Supports(message.Channel));
    }

    private static JobOutcome SwitchProvider(MessageRecord message, ResolvedProvider next, string reason, JobQueue queue)
    {
        message.LastError = $"{reason} (moved to provider '{next.Id}')";
        message.Provider = next.Id;
        queue.Enqueue(MessagingJobKinds.Deliver, message.Id.ToString(), JobLanes.Delivery);
        return JobOutcome.Completed;
    }

    /// <summary>
    /// An attempt counted on the job but never recorded ran until the process died, maybe after the provider took
    /// the message: it is counted as a possible duplicate on the message, where the timeline and metrics show it.
    /// </summary>
    private static async Task CountLostAttemptsAsync(MessageRecord message, ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var recorded = await db.SendAttempts.AsNoTracking().CountAsync(a => a.MessageId == message.Id, cancellationToken);
        var lost = job.Attempts - 1 - recorded;
        if (lost > message.PossibleDuplicates)
        {
            message.PossibleDuplicates = lost;
        }
    }
}
