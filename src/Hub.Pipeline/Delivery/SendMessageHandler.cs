using Hub.Channels;
using Hub.Core.Channels;
using Hub.Pipeline.Jobs;
using Hub.Pipeline.Routing;
using Hub.Storage;
using Hub.Storage.Entities;
using Hub.Storage.Jobs;
using Hub.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Hub.Pipeline.Delivery;

/// <summary>
/// Hands a queued message to its provider. Transient failures retry with backoff; a permanent failure (or running out
/// of attempts) marks the message failed and falls back to the step's next reachable channel.
/// </summary>
internal sealed class SendMessageHandler(
    IChannelProviderResolver providers,
    IWorkflowCatalog workflows,
    MessageComposer composer,
    JobQueue queue,
    TimeProvider time) : IJobHandler
{
    public string Kind => JobKinds.SendMessage;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (message is null)
        {
            return JobOutcome.DeadLetter($"Message {job.SubjectId} does not exist.");
        }
        if (message.Status != MessageStatus.Queued)
        {
            return JobOutcome.Completed;
        }
        var provider = providers.ByName(message.Provider);
        if (provider is null)
        {
            return JobOutcome.RetryLater($"Provider '{message.Provider}' is not registered in this process.");
        }

        var started = time.GetUtcNow();
        var result = await provider.SendAsync(new OutboundMessage
        {
            Id = message.Id.ToString(),
            Channel = message.Channel,
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            HtmlBody = message.Html,
        }, cancellationToken);
        var completed = time.GetUtcNow();
        db.SendAttempts.Add(new SendAttempt
        {
            Id = Guid.CreateVersion7(),
            MessageId = message.Id,
            Number = job.Attempts,
            Provider = provider.Name,
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
        message.UpdatedAt = time.GetUtcNow();
        if (string.IsNullOrEmpty(message.FallbackChannels) || message.WorkflowId is null || message.EventId is null || message.WorkflowInstanceId is null)
        {
            return;
        }
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == message.WorkflowInstanceId, cancellationToken);
        var workflow = workflows.Find(message.WorkflowId);
        var record = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == message.EventId, cancellationToken);
        if (instance is null || workflow is null || record is null || workflow.Version != instance.WorkflowVersion
            || workflow.Steps.OfType<SendStep>().FirstOrDefault(s => s.Id == message.StepId) is not { } step)
        {
            message.LastError = $"{error} (no fallback: the workflow version that sent it is no longer loaded)";
            return;
        }
        var (fallback, skipReason) = composer.Compose(record.ToCanonical(), workflow, instance.Id, step, message.FallbackChannels.Split(','));
        if (fallback is null)
        {
            message.LastError = $"{error} (no fallback: {skipReason})";
            return;
        }
        db.Messages.Add(fallback);
        queue.Enqueue(JobKinds.SendMessage, fallback.Id.ToString());
    }
}
