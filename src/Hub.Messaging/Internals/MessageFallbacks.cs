using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Moves a send on from a message to the next channel of its stored send request that can reach the recipient:
/// after a permanent failure, a failure receipt, or no delivery receipt in time. Each message moves on once; the
/// reason is kept on it (<see cref="MessageRecord.MovedOnReason"/>) and the next message points back to it.
/// </summary>
internal sealed class MessageFallbacks(MessageComposer composer, MessageSecrets secrets, TimeProvider time)
{
    /// <summary>Marks the message failed with <paramref name="error"/> (or <paramref name="status"/>) and queues its fallback, if any.</summary>
    public Task FailAsync(MessageRecord message, string error, HubDbContext db, JobQueue queue, CancellationToken cancellationToken,
        MessageStatus status = MessageStatus.Failed)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Status = status;
        message.LastError = error;
        message.ProtectedContent = null;
        message.UpdatedAt = time.GetUtcNow();
        return MoveOnAsync(message, error, db, queue, cancellationToken);
    }

    /// <summary>
    /// Queues the message's fallback on its next reachable channel, leaving its status alone (a message with no
    /// receipt in time may still be delivered later). Returns the fallback, or null when there is none.
    /// </summary>
    public async Task<MessageRecord?> MoveOnAsync(MessageRecord message, string reason, HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(queue);
        if (string.IsNullOrEmpty(message.FallbackChannels))
        {
            return null;
        }
        var channels = message.FallbackChannels.Split(',');
        message.FallbackChannels = null; // moves on once, whatever else arrives for it later
        var request = await db.SendRequests.FirstOrDefaultAsync(r => r.Id == message.SendRequestId, cancellationToken);
        if (request is null)
        {
            message.MovedOnReason = $"{reason} (no fallback: its send request is gone)";
            return null;
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
            message.MovedOnReason = $"{reason} (no fallback: its secret values cannot be decrypted on this node)";
            return null;
        }
        var (fallback, skipReason) = composer.Compose(message.WorkspaceId, request, model, channels, requestSecrets);
        if (fallback is null)
        {
            message.MovedOnReason = $"{reason} (no fallback: {skipReason})";
            return null;
        }
        fallback.PreviousMessageId = message.Id;
        message.MovedOnReason = $"{reason} → {fallback.Channel}";
        message.UpdatedAt = time.GetUtcNow();
        db.Messages.Add(fallback);
        queue.Enqueue(MessagingJobKinds.Deliver, fallback.Id.ToString());
        return fallback;
    }
}
