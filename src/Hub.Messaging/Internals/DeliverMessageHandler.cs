using Hub.Channels;
using Hub.Contacts;
using Hub.Runtime.Jobs;
using Hub.Runtime.RateLimits;
using Hub.Storage;
using Hub.Templates;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Hands a queued message to its provider, through the consent check (<see cref="ISendPermissions"/>), the
/// provider's circuit breaker and per-sender rate limit, and records the attempt. A message the check skips is
/// <c>skipped</c> and the send moves on to its next channel; one it holds for quiet hours waits, unattempted, until
/// the window ends and is checked again then. Transient failures retry with backoff (no sooner than a
/// <c>Retry-After</c>); a permanent failure, an unreachable recipient or an open circuit moves to the channel's next provider, and when none is left,
/// a permanent failure or unreachable recipient fails the message and falls back to the send's next channel.
/// </summary>
internal sealed class DeliverMessageHandler(
    IChannelProviderResolver providers,
    ProviderCircuits circuits,
    SharedRateLimiter rateLimiter,
    MessageFallbacks fallbacks,
    ReceiptFolding folding,
    MessageSecrets secrets,
    ISendPermissions permissions,
    JobQueue queue,
    TimeProvider time) : IJobHandler
{
    /// <summary>The provider setting Hub itself reads: at most this many sends per second for the instance, across all processes.</summary>
    public const string RateSetting = ProviderConfigurationValidator.MessagesPerSecond;

    public string Kind => MessagingJobKinds.Deliver;

    /// <summary>A provider call cannot be rolled back: a failed batch run again would send its other messages twice.</summary>
    public bool RunsAlone => true;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FindAsync([Guid.Parse(job.SubjectId)], cancellationToken);
        if (message is null)
        {
            return JobOutcome.DeadLetter($"Message {job.SubjectId} does not exist.");
        }
        var held = message.IsHeld;
        if (message.Status != MessageStatus.Queued && !held)
        {
            return JobOutcome.Completed;
        }
        // The instance it was queued with, from the cached configuration: no provider row is read per message.
        var provider = providers.ById(message.WorkspaceId, message.Provider);
        if (provider is null)
        {
            return JobOutcome.RetryLater($"Provider '{message.Provider}' is not configured in this workspace, or its type is not registered in this process.");
        }
        // Before the rate limit: a message that is skipped or held takes no token from those that go.
        var permission = await permissions.CheckAsync(message.Channel, message.To, message.Purpose, provider.Id, time.GetUtcNow(), cancellationToken);
        message.ContactId = permission.ContactId ?? message.ContactId;
        switch (permission.Verdict)
        {
            case SendVerdict.Skip:
                return await SkipAsync(message, permission.Reason ?? SkipReasons.OptedOut, db, cancellationToken);
            case SendVerdict.Hold when permission.HoldUntil is { } until:
                message.Status = MessageStatus.Skipped;
                message.SkipReason = SkipReasons.QuietHoursHeld;
                message.HeldUntil = until;
                message.UpdatedAt = time.GetUtcNow();
                // Postponed, not retried: the attempt is not counted, so the release is no lost attempt nor a possible duplicate.
                return JobOutcome.Postpone("Held for the recipient's quiet hours.", until);
        }
        if (held)
        {
            message.Status = MessageStatus.Queued; // released; HeldUntil stays to show it waited
            message.SkipReason = null;
            message.UpdatedAt = time.GetUtcNow();
        }
        // A message with secret values carries their real text only from here to the provider; the stored one is masked.
        var content = message.ProtectedContent is null
            ? new MessageContent(message.Subject, message.Body, message.Html, message.RichContent)
            : secrets.UnprotectContent(message.ProtectedContent);
        var rich = MessageRichContent.FromJson(content.RichContent);
        var whatsAppTemplate = rich?.WhatsAppTemplate;
        if (permission.ServiceWindowOpen is { } windowOpen)
        {
            if (windowOpen && !string.IsNullOrEmpty(content.Body))
            {
                whatsAppTemplate = null; // inside the window the text goes as written
            }
            else if (!windowOpen && whatsAppTemplate is null)
            {
                return await SkipAsync(message, SkipReasons.OutsideServiceWindow, db, cancellationToken);
            }
        }
        if (provider.Configuration.IntegerSetting(RateSetting) is > 0 and var rate
            && await rateLimiter.TryTakeAsync($"provider:{provider.Id}", rate, cancellationToken) is { } wait)
        {
            // Spread over half a second: a backlog of postponed sends would otherwise all come back for the same token.
            return JobOutcome.Postpone($"Provider '{provider.Id}' is at its rate limit ({rate}/s).",
                time.GetUtcNow() + wait + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 500)));
        }
        if (job.Attempts > 1)
        {
            await CountLostAttemptsAsync(message, job, db, cancellationToken);
        }

        var started = time.GetUtcNow();
        var (result, circuitOpen) = await circuits.SendAsync(provider, new OutboundMessage
        {
            Id = message.Id.ToString(),
            Channel = message.Channel,
            To = message.To,
            Subject = content.Subject,
            Body = content.Body,
            HtmlBody = content.Html,
            WhatsAppTemplate = whatsAppTemplate,
            Card = rich?.Card,
            Suggestions = rich?.Suggestions ?? [],
            FallbackSms = rich?.FallbackSms,
            EventId = message.EventId,
            WorkflowId = message.WorkflowId,
            WorkspaceId = message.WorkspaceId,
            CreatedAt = message.CreatedAt,
        }, cancellationToken);
        var completed = time.GetUtcNow();
        db.SendAttempts.Add(new SendAttempt
        {
            Id = Guid.CreateVersion7(),
            MessageId = message.Id,
            Number = job.Attempts,
            Provider = provider.Id,
            Outcome = circuitOpen ? "CircuitOpen" : result.Outcome.ToString(),
            ProviderMessageId = result.ProviderMessageId,
            Error = result.Error,
            HttpStatus = result.HttpStatus,
            ErrorCode = result.ErrorCode,
            StartedAt = started,
            CompletedAt = completed,
        });
        message.UpdatedAt = completed;

        switch (result.Outcome)
        {
            case SendOutcome.Delivered or SendOutcome.Accepted:
                await RecordSentAsync(message, result, db, cancellationToken);
                return JobOutcome.Completed;
            case SendOutcome.TransientFailure:
                message.LastError = result.Error;
                if (circuitOpen && await NextProviderAsync(message, provider.Id, db, cancellationToken) is { } next)
                {
                    return SwitchProvider(message, next, result.Error!);
                }
                return JobOutcome.RetryLater(result.Error ?? "The provider failed transiently.",
                    result.RetryAfter is { } after ? completed + after : circuitOpen ? completed + ProviderCircuits.BreakDuration : null);
            default:
                var error = result.Error ?? "The provider refused the message.";
                if (await NextProviderAsync(message, provider.Id, db, cancellationToken) is { } other)
                {
                    return SwitchProvider(message, other, error);
                }
                await fallbacks.FailAsync(message, error, db, queue, cancellationToken,
                    result.Outcome == SendOutcome.Unreachable ? MessageStatus.Undeliverable : MessageStatus.Failed);
                return JobOutcome.Completed;
        }
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (message is not null && message.Status == MessageStatus.Queued)
        {
            await fallbacks.FailAsync(message, error, db, queue, cancellationToken);
        }
    }

    /// <summary>Nothing is sent on this channel (no attempt is recorded); the send moves on to its next channel, if any.</summary>
    private async Task<JobOutcome> SkipAsync(MessageRecord message, string reason, HubDbContext db, CancellationToken cancellationToken)
    {
        message.Status = MessageStatus.Skipped;
        message.SkipReason = reason;
        message.ProtectedContent = null;
        message.UpdatedAt = time.GetUtcNow();
        await fallbacks.MoveOnAsync(message, reason, db, queue, cancellationToken);
        return JobOutcome.Completed;
    }

    private async Task RecordSentAsync(MessageRecord message, SendResult result, HubDbContext db, CancellationToken cancellationToken)
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

    private JobOutcome SwitchProvider(MessageRecord message, ResolvedProvider next, string reason)
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
