using Hub.Storage;

namespace Hub.Runtime.Jobs;

/// <summary>
/// A kind whose jobs each do one thing outside the database that cannot be undone (a provider call), for a whole
/// batch side by side. The runner has a batch's effects performed once and then records them together; when that
/// recording or its commit fails, it records each effect alone on a fresh context. An effect is never performed twice
/// because its recording failed, so such a kind can run in batches although it <see cref="IJobHandler.RunsAlone"/>.
/// </summary>
public interface IJobEffectHandler : IJobHandler
{
    /// <summary>
    /// Reads what the jobs need from <paramref name="db"/> and performs their effects; one <see cref="JobEffect"/> per
    /// job, in any order. Tracks no changes: those are the effects' to make. Throws only before any effect was
    /// performed (the runner then runs each job alone); a failed effect is an effect that records the failure.
    /// </summary>
    Task<IReadOnlyList<JobEffect>> PerformAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken);
}
