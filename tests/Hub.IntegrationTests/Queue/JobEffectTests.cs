using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Storage.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.IntegrationTests.Queue;

/// <summary>
/// Jobs with effects outside the database (provider calls) run in batches through the dispatcher's runner: each effect
/// is performed once, and a batch that cannot be recorded together is recorded job by job, never performed again.
/// </summary>
public abstract class JobEffectTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly CountingEffectHandler.Counts _counts = new();
    private DbContextOptions<HubDbContext> _options = null!;
    private ServiceProvider _services = null!;

    protected abstract Task<DbContextOptions<HubDbContext>> CreateOptionsAsync();

    public async Task InitializeAsync()
    {
        _options = await CreateOptionsAsync();
        await using (var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]))
        {
            await db.Database.MigrateAsync();
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<JobSignal>();
        services.AddSingleton(_counts);
        services.AddScoped<WorkspaceScope>();
        services.AddScoped(s => new HubDbContext(_options, [RuntimeRegistration.ModelPart], s.GetRequiredService<WorkspaceScope>()));
        services.AddScoped(s => new JobQueue(s.GetRequiredService<HubDbContext>(), _time, Options.Create(new JobQueueOptions()), s.GetRequiredService<SqliteWriteGate>()));
        services.AddScoped<IJobHandler, CountingEffectHandler>();
        services.AddSingleton<JobBatchRunner>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_batch_is_performed_once_and_recorded_together()
    {
        var claimed = await EnqueueAndClaimAsync(5);

        await _services.GetRequiredService<JobBatchRunner>().RunAsync(claimed, TimeSpan.FromSeconds(30), default);

        Assert.All(Subjects(5), s => Assert.Equal(1, _counts.Performed.GetValueOrDefault(s)));
        Assert.Empty(_counts.AloneRuns);
        Assert.Equal(Subjects(5), await FollowUpsAsync());
        Assert.Equal(0, await CountAsync(CountingEffectHandler.KindName));
    }

    [Fact]
    public async Task A_batch_that_cannot_be_recorded_together_is_recorded_job_by_job_without_performing_again()
    {
        _counts.FailFirstRecordOf = "subject-2";
        var claimed = await EnqueueAndClaimAsync(5);

        await _services.GetRequiredService<JobBatchRunner>().RunAsync(claimed, TimeSpan.FromSeconds(30), default);

        Assert.All(Subjects(5), s => Assert.Equal(1, _counts.Performed.GetValueOrDefault(s)));
        Assert.Empty(_counts.AloneRuns);
        Assert.Equal(2, _counts.Recorded["subject-2"]);
        // The batch's recording was rolled back whole; each follow-up is there once, from recording alone.
        Assert.Equal(Subjects(5), await FollowUpsAsync());
        Assert.Equal(0, await CountAsync(CountingEffectHandler.KindName));
    }

    [Fact]
    public async Task A_job_whose_lease_was_lost_is_not_recorded_and_the_rest_of_its_batch_is()
    {
        var claimed = await EnqueueAndClaimAsync(4);
        await using (var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]))
        {
            // Another worker took subject-1 over (its lease had expired there): the claim here is stale.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE jobs SET lease_owner = 'other', lease_version = lease_version + 1 WHERE subject_id = 'subject-1'");
        }

        await _services.GetRequiredService<JobBatchRunner>().RunAsync(claimed, TimeSpan.FromSeconds(30), default);

        Assert.All(Subjects(4), s => Assert.Equal(1, _counts.Performed.GetValueOrDefault(s)));
        Assert.Empty(_counts.AloneRuns);
        Assert.Equal(["subject-0", "subject-2", "subject-3"], await FollowUpsAsync());
        Assert.Equal(1, await CountAsync(CountingEffectHandler.KindName));
    }

    private static List<string> Subjects(int count) => [.. Enumerable.Range(0, count).Select(i => $"subject-{i}")];

    private async Task<IReadOnlyList<ClaimedJob>> EnqueueAndClaimAsync(int count)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        foreach (var subject in Subjects(count))
        {
            queue.Enqueue(CountingEffectHandler.KindName, subject, JobLanes.Delivery);
        }
        await db.SaveChangesAsync();
        var claimed = await queue.ClaimAsync("worker", JobLanes.Delivery, count, Lease, default);
        Assert.Equal(count, claimed.Count);
        return claimed;
    }

    private async Task<List<string>> FollowUpsAsync()
    {
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        return [.. (await db.Jobs.IgnoreQueryFilters().AsNoTracking().Where(j => j.Kind == "followup").Select(j => j.SubjectId).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    private async Task<int> CountAsync(string kind)
    {
        await using var db = new HubDbContext(_options, [RuntimeRegistration.ModelPart]);
        return await db.Jobs.IgnoreQueryFilters().CountAsync(j => j.Kind == kind);
    }
}
