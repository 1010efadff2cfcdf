using Hub.Storage;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.IntegrationTests.Queue;

/// <summary>The queue's guarantees on a real database: leases, fencing, release, backoff and dead-lettering.</summary>
public abstract class JobQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly List<HubDbContext> _contexts = [];

    protected abstract Task<DbContextOptions<HubDbContext>> CreateOptionsAsync();

    protected abstract bool IsSqlite { get; }

    private DbContextOptions<HubDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        _options = await CreateOptionsAsync();
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var db in _contexts)
        {
            await db.DisposeAsync();
        }
    }

    /// <summary>Each worker gets its own context and connection, as separate processes would.</summary>
    protected JobQueue Worker(int maxAttempts = 8)
    {
        var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        _contexts.Add(db);
        return new JobQueue(db, _time, Options.Create(new JobQueueOptions
        {
            MaxAttempts = maxAttempts,
            BackoffBase = TimeSpan.FromSeconds(1),
            BackoffCap = TimeSpan.FromMinutes(1),
        }));
    }

    private async Task EnqueueAsync(int count, int maxAttempts = 8)
    {
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        var queue = new JobQueue(db, _time, Options.Create(new JobQueueOptions { MaxAttempts = maxAttempts }));
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue("test", $"subject-{i}");
        }
        await db.SaveChangesAsync();
    }

    private async Task<List<Job>> JobsAsync()
    {
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        return await db.Jobs.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task An_expired_claim_is_taken_over_and_the_stale_worker_cannot_complete_it()
    {
        await EnqueueAsync(1);
        var a = Worker();
        var b = Worker();
        var claimedByA = Assert.Single(await a.ClaimAsync("a", JobLanes.Default, 10, Lease, default));
        Assert.Empty(await b.ClaimAsync("b", JobLanes.Default, 10, Lease, default));

        _time.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Empty(await b.ClaimAsync("b", JobLanes.Default, 10, Lease, default)); // claims read only pending jobs
        Assert.Equal(1, await b.ReclaimExpiredAsync(100, default));
        var claimedByB = Assert.Single(await b.ClaimAsync("b", JobLanes.Default, 10, Lease, default));
        Assert.Equal(claimedByA.Id, claimedByB.Id);
        Assert.True(claimedByB.LeaseVersion > claimedByA.LeaseVersion);

        await Assert.ThrowsAsync<StaleLeaseException>(() => a.CompleteAsync(claimedByA, default));
        await Assert.ThrowsAsync<StaleLeaseException>(() => a.FailAsync(claimedByA, "late", permanent: false, default));
        await b.CompleteAsync(claimedByB, default);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task A_batch_completes_in_one_statement_and_one_stale_lease_refuses_the_whole_batch()
    {
        await EnqueueAsync(3);
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        var a = new JobQueue(db, _time, Options.Create(new JobQueueOptions()));
        var claimed = await a.ClaimAsync("a", JobLanes.Default, 10, Lease, default);
        Assert.Equal(3, claimed.Count);
        var stale = claimed[1] with { LeaseVersion = claimed[1].LeaseVersion - 1 };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            // As the dispatcher does it: the batch's effects and completions commit together or not at all.
            await Assert.ThrowsAsync<StaleLeaseException>(() => a.CompleteAsync([claimed[0], stale, claimed[2]], default));
        }
        Assert.Equal(3, (await JobsAsync()).Count);
        await a.CompleteAsync(claimed, default);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Lanes_are_claimed_apart_so_a_bulk_backlog_never_delays_the_default_lane()
    {
        await using (var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]))
        {
            var queue = new JobQueue(db, _time, Options.Create(new JobQueueOptions()));
            for (var i = 0; i < 50; i++)
            {
                queue.Enqueue("bulk", $"b-{i}", JobLanes.Bulk, runAt: _time.GetUtcNow().AddMinutes(-10));
            }
            queue.Enqueue("confirm", "order-1");
            await db.SaveChangesAsync();
        }
        var worker = Worker();
        var confirmation = Assert.Single(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
        Assert.Equal("order-1", confirmation.SubjectId);
        Assert.Equal(10, (await worker.ClaimAsync("w", JobLanes.Bulk, 10, Lease, default)).Count);
    }

    [Fact]
    public async Task A_renewed_lease_is_not_taken_over()
    {
        await EnqueueAsync(1);
        var a = Worker();
        var claimed = Assert.Single(await a.ClaimAsync("a", JobLanes.Default, 10, Lease, default));
        _time.Advance(Lease * 0.7);
        Assert.Equal(1, await a.RenewAsync("a", [claimed.Id], Lease, default));
        _time.Advance(Lease * 0.7);
        Assert.Empty(await Worker().ClaimAsync("b", JobLanes.Default, 10, Lease, default));
        await a.CompleteAsync(claimed, default);
    }

    [Fact]
    public async Task Released_claims_are_claimable_at_once_without_counting_an_attempt()
    {
        await EnqueueAsync(3);
        var a = Worker();
        Assert.Equal(3, (await a.ClaimAsync("a", JobLanes.Default, 10, Lease, default)).Count);
        Assert.Equal(3, await a.ReleaseAsync("a", default));

        var again = await Worker().ClaimAsync("b", JobLanes.Default, 10, Lease, default);
        Assert.Equal(3, again.Count);
        Assert.All(again, j => Assert.Equal(1, j.Attempts));
    }

    [Fact]
    public async Task A_write_conflict_runs_again_at_once_without_counting_toward_the_dead_letter()
    {
        await EnqueueAsync(1, maxAttempts: 2);
        var worker = Worker(maxAttempts: 2);
        // Far more conflicts than attempts: a job whose subject keeps changing under it is never dead-lettered for it.
        for (var conflict = 1; conflict <= 5; conflict++)
        {
            var claimed = Assert.Single(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
            Assert.Equal(1, claimed.Attempts);
            await worker.RetryConflictAsync(claimed, $"conflict {conflict}", default);
            // Due at once, no backoff; and a stale claim cannot put it back twice.
            await Assert.ThrowsAsync<StaleLeaseException>(() => worker.RetryConflictAsync(claimed, "again", default));
        }
        var job = Assert.Single(await JobsAsync());
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Equal(0, job.Attempts);
        Assert.Equal("conflict 5", job.LastError);
        var last = Assert.Single(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
        await worker.CompleteAsync(last, default);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Failures_back_off_then_dead_letter_after_max_attempts_and_can_be_requeued()
    {
        await EnqueueAsync(1, maxAttempts: 3);
        var worker = Worker(maxAttempts: 3);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var claimed = Assert.Single(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
            Assert.Equal(attempt, claimed.Attempts);
            var dead = await worker.FailAsync(claimed, $"boom {attempt}", permanent: false, default);
            Assert.Equal(attempt == 3, dead);
            if (!dead)
            {
                // Not due yet: the retry waits for its backoff.
                Assert.Empty(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
                _time.Advance(TimeSpan.FromMinutes(1));
            }
        }
        var job = Assert.Single(await JobsAsync());
        Assert.Equal(JobStatus.Dead, job.Status);
        Assert.Equal("boom 3", job.LastError);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));

        Assert.Equal(1, await worker.RequeueAsync("test", "subject-0", default));
        var revived = Assert.Single(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
        Assert.Equal(1, revived.Attempts);
    }

    [Fact]
    public async Task Claims_abandoned_by_a_dead_process_are_taken_back_at_start_only_on_sqlite()
    {
        await EnqueueAsync(2);
        var dead = Worker();
        Assert.Equal(2, (await dead.ClaimAsync("dead", JobLanes.Default, 10, Lease, default)).Count);

        var released = await Worker().ReleaseAbandonedAsync(default);
        var reclaimed = await Worker().ClaimAsync("new", JobLanes.Default, 10, Lease, default);

        if (IsSqlite)
        {
            Assert.Equal(2, released);
            Assert.Equal(2, reclaimed.Count);
            Assert.All(reclaimed, j => Assert.Equal(2, j.Attempts));
        }
        else
        {
            Assert.Equal(0, released);
            Assert.Empty(reclaimed);
        }
    }

    [Fact]
    public async Task A_permanent_failure_dead_letters_at_once()
    {
        await EnqueueAsync(1);
        var worker = Worker();
        var claimed = Assert.Single(await worker.ClaimAsync("w", JobLanes.Default, 10, Lease, default));
        Assert.True(await worker.FailAsync(claimed, "mapping is wrong", permanent: true, default));
        Assert.Equal(JobStatus.Dead, Assert.Single(await JobsAsync()).Status);
    }
}
