using System.Collections.Concurrent;
using Hub.Runtime.Jobs;
using Hub.Storage;

namespace Hub.IntegrationTests.Queue;

/// <summary>
/// A job kind with an effect outside the database, counted per subject: recording an effect queues one <c>followup</c>
/// job for its subject, and the subject named in <see cref="FailFirstRecordOf"/> throws the first time it is recorded.
/// </summary>
internal sealed class CountingEffectHandler(CountingEffectHandler.Counts counts) : IJobEffectHandler
{
    public const string KindName = "effect";

    public string Kind => KindName;

    public bool RunsAlone => true;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        counts.AloneRuns.AddOrUpdate(job.SubjectId, 1, (_, n) => n + 1);
        var effects = await PerformAsync([job], db, cancellationToken);
        var queue = new JobQueue(db, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new JobQueueOptions()));
        return await effects[0].RecordAsync(db, queue, cancellationToken);
    }

    public Task<IReadOnlyList<JobEffect>> PerformAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            counts.Performed.AddOrUpdate(job.SubjectId, 1, (_, n) => n + 1);
        }
        return Task.FromResult<IReadOnlyList<JobEffect>>([.. jobs.Select(j => new Effect(j, counts))]);
    }

    public Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public sealed class Counts
    {
        public string? FailFirstRecordOf { get; set; }

        public ConcurrentDictionary<string, int> Performed { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> Recorded { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> AloneRuns { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Effect(ClaimedJob job, Counts counts) : JobEffect(job)
    {
        public override Task<JobOutcome> RecordAsync(HubDbContext db, JobQueue queue, CancellationToken cancellationToken)
        {
            var times = counts.Recorded.AddOrUpdate(Job.SubjectId, 1, (_, n) => n + 1);
            if (times == 1 && Job.SubjectId == counts.FailFirstRecordOf)
            {
                throw new InvalidOperationException("The first recording of this effect fails.");
            }
            queue.Enqueue("followup", Job.SubjectId);
            return Task.FromResult(JobOutcome.Completed);
        }
    }
}
