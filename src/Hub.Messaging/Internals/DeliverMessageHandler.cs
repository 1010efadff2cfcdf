using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Templates;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Hands a queued message to its provider. Transient failures retry with backoff; a permanent failure (or running out
/// of attempts) marks the message failed and falls back to the next reachable channel of its stored send request.
/// The message goes to the provider instance it was queued with (its <c>Provider</c>), so its attempts stay on one
/// provider even if the channel's route changes meanwhile.
/// </summary>
internal sealed class DeliverMessageHandler(
    IChannelProviderResolver providers,
    MessageComposer composer,
    MessageSecrets secrets,
    JobQueue queue,
    TimeProvider time) : IJobHandler
{
    public string Kind => MessagingJobKinds.Deliver;

    public async Task PrefetchAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        var ids = jobs.Select(j => Guid.Parse(j.SubjectId)).ToList();
        await db.Messages.Where(m => ids.Contains(m.Id)).LoadAsync(cancellationToken);
    }

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FindAsync([Guid.Parse(job.SubjectId)], cancellationToken);
        if (message is null)
        {
            return JobOutcome.DeadLetter($"Message {job.SubjectId} does not exist.");
        }
        if (message.Status != MessageStatus.Queued)
        {
            return JobOutcome.Completed;
        }
        // The instance it was queued with, from the cached configuration: no provider row is read per message.
        var provider = providers.ById(message.WorkspaceId, message.Provider);
        if (provider is null)
        {
            return JobOutcome.RetryLater($"Provider '{message.Provider}' is not configured in this workspace, or its type is not registered in this process.");
        }

        // A message with secret values carries their real text only from here to the provider; the stored one is masked.
        var content = message.ProtectedContent is null
            ? new MessageContent(message.Subject, message.Body, message.Html, message.RichContent)
            : secrets.UnprotectContent(message.ProtectedContent);
        var rich = MessageRichContent.FromJson(content.RichContent);
        var started = time.GetUtcNow();
        var result = await provider.Type.SendAsync(provider.Configuration, new OutboundMessage
        {
            Id = message.Id.ToString(),
            Channel = message.Channel,
            To = message.To,
            Subject = content.Subject,
            Body = content.Body,
            HtmlBody = content.Html,
            WhatsAppTemplate = rich?.WhatsAppTemplate,
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
            Outcome = result.Outcome.ToString(),
            ProviderMessageId = result.ProviderMessageId,
            Error = result.Error,
            StartedAt = started,
            CompletedAt = completed,
        });
        message.UpdatedAt = completed;

        switch (result.Outcome)
        {
            case SendOutcome.Delivered or SendOutcome.Accepted:
                message.Status = result.Outcome == SendOutcome.Delivered ? MessageStatus.Delivered : MessageStatus.Sent;
                message.ProviderMessageId = result.ProviderMessageId;
                message.LastError = null;
                message.ProtectedContent = null; // handed over: nothing needs the secret text any more
                return JobOutcome.Completed;
            case SendOutcome.TransientFailure:
                message.LastError = result.Error;
                return JobOutcome.RetryLater(result.Error ?? "The provider failed transiently.");
            default:
                await FailAndFallBackAsync(message, result.Error ?? "The provider refused the message.", db, cancellationToken);
                return JobOutcome.Completed;
        }
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (message is not null && message.Status == MessageStatus.Queued)
        {
            await FailAndFallBackAsync(message, error, db, cancellationToken);
        }
    }

    private async Task FailAndFallBackAsync(MessageRecord message, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        message.Status = MessageStatus.Failed;
        message.LastError = error;
        message.ProtectedContent = null;
        message.UpdatedAt = time.GetUtcNow();
        if (string.IsNullOrEmpty(message.FallbackChannels))
        {
            return;
        }
        var request = await db.SendRequests.FirstOrDefaultAsync(r => r.Id == message.SendRequestId, cancellationToken);
        if (request is null)
        {
            message.LastError = $"{error} (no fallback: its send request is gone)";
            return;
        }
        var model = JsonNode.Parse(request.ModelJson) as JsonObject ?? [];
        IReadOnlyDictionary<string, string>? requestSecrets;
        try
        {
            requestSecrets = secrets.Unprotect(request.ProtectedSecrets);
        }
        catch (CryptographicException)
        {
            // Encrypted with a Data Protection key this node lacks: a fallback without its secrets would be worse than none.
            message.LastError = $"{error} (no fallback: its secret values cannot be decrypted on this node)";
            return;
        }
        var (fallback, skipReason) = composer.Compose(message.WorkspaceId, request, model, message.FallbackChannels.Split(','), requestSecrets);
        if (fallback is null)
        {
            message.LastError = $"{error} (no fallback: {skipReason})";
            return;
        }
        db.Messages.Add(fallback);
        queue.Enqueue(MessagingJobKinds.Deliver, fallback.Id.ToString());
    }
}
