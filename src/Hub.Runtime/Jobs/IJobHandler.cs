using Hub.Storage;

namespace Hub.Runtime.Jobs;

/// <summary>
/// Does one kind of job. Handlers only track changes on <paramref name="db"/>; the dispatcher saves them atomically
/// with the job's completion, so a crash or a lost lease leaves no partial effect. Throwing means "retry with backoff".
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// True for a kind whose run does something outside the database that cannot be rolled back (a provider call):
    /// its jobs commit one by one, never in a batch with others, because a batch that fails is run again job by job
    /// and would repeat what its other jobs already did.
    /// </summary>
    bool RunsAlone => false;

    /// <summary>
    /// Loads the subjects of a batch of this kind's jobs into <paramref name="db"/> in one query, so that
    /// <see cref="HandleAsync"/> finds them tracked (<c>FindAsync</c>) instead of asking the database once per job.
    /// </summary>
    Task PrefetchAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Decides what a throw from <see cref="HandleAsync"/> means, on a context whose changes from that run were
    /// discarded: by default the job is tried again with the queue's backoff until its attempts run out. A handler
    /// whose subject has a retry policy of its own records it here and completes the job.
    /// </summary>
    Task<JobOutcome> OnFailedAsync(ClaimedJob job, Exception exception, string error, HubDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult(JobOutcome.RetryLater(error));

    /// <summary>Records on the job's subject that it failed for good (tracked changes only).</summary>
    Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken);
}
