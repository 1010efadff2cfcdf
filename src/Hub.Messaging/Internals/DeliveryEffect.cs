using Hub.Channels;
using Hub.Runtime.Jobs;
using Hub.Storage;

namespace Hub.Messaging.Internals;

/// <summary>What one delivery job decided and, when it called its provider, what the provider answered.</summary>
internal sealed class DeliveryEffect(ClaimedJob job, DeliveryRecorder recorder) : JobEffect(job)
{
    public required Guid MessageId { get; init; }

    public required DeliveryStep Step { get; init; }

    /// <summary>The skip reason, or why it waits.</summary>
    public string? Reason { get; init; }

    /// <summary>When a held or rate-limited message is tried again.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The contact the consent check found for the recipient.</summary>
    public Guid? ContactId { get; init; }

    public ResolvedProvider? Provider { get; init; }

    public SendResult? Result { get; init; }

    public bool CircuitOpen { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public override Task<JobOutcome> RecordAsync(HubDbContext db, JobQueue queue, CancellationToken cancellationToken) =>
        recorder.RecordAsync(this, db, queue, cancellationToken);
}
