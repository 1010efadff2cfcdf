using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Templates;

namespace Hub.Messaging.Internals;

/// <summary>Stores a send request and composes its first message, to be committed with the caller's work.</summary>
internal sealed class SendRequests(HubDbContext db, JobQueue queue, MessageComposer composer, MessageSecrets secrets, TimeProvider time) : ISendRequests
{
    public SendRequestResult Request(SendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = new SendRequestRecord
        {
            Id = Guid.CreateVersion7(),
            TemplateId = request.Template,
            Text = request.Text,
            Channels = string.Join(',', request.Channels),
            Phone = request.Phone,
            Email = request.Email,
            ModelJson = request.Model.ToJsonString(),
            ProtectedSecrets = secrets.Protect(request.Secrets),
            Locale = request.Locale,
            Purpose = request.Purpose,
            EventId = request.EventId,
            WorkflowId = request.WorkflowId,
            WorkflowInstanceId = request.WorkflowInstanceId,
            StepId = request.StepId,
            CreatedAt = time.GetUtcNow(),
        };
        MessageRecord? message;
        string? skipReason;
        try
        {
            (message, skipReason) = composer.Compose(db.WorkspaceId, record, request.Model, request.Channels, request.Secrets);
        }
        catch (TemplateRenderException ex)
        {
            throw new SendRequestException(ex.Message, ex);
        }
        record.SkipReason = skipReason;
        db.SendRequests.Add(record);
        if (message is null)
        {
            return new SendRequestResult(record.Id, null, skipReason);
        }
        db.Messages.Add(message);
        queue.Enqueue(MessagingJobKinds.Deliver, message.Id.ToString(), JobLanes.Delivery);
        return new SendRequestResult(record.Id, message.Id, null);
    }
}
