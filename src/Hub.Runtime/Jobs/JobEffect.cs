using Hub.Storage;

namespace Hub.Runtime.Jobs;

/// <summary>What one job did outside the database (<see cref="IJobEffectHandler"/>), and how it is recorded.</summary>
public abstract class JobEffect(ClaimedJob job)
{
    public ClaimedJob Job { get; } = job;

    /// <summary>
    /// Records the effect as tracked changes on <paramref name="db"/> (follow-up jobs through <paramref name="queue"/>,
    /// which works on it) and says what becomes of the job. Called once on the batch's context, and again on a fresh one
    /// when the batch could not be recorded together: it reads again what it changes, never relies on an earlier call.
    /// </summary>
    public abstract Task<JobOutcome> RecordAsync(HubDbContext db, JobQueue queue, CancellationToken cancellationToken);
}
