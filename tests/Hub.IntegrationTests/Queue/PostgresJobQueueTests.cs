using Hub.IntegrationTests.Infrastructure;
using Hub.Storage;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Queue;

[Collection(PostgresCollection.Name)]
public sealed class PostgresJobQueueTests(PostgresFixture fixture) : JobQueueTests
{
    private string _connectionString = "";

    protected override bool IsSqlite => false;

    protected override async Task<DbContextOptions<HubDbContext>> CreateOptionsAsync()
    {
        _connectionString = await fixture.CreateDatabaseAsync("queue");
        return new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres(_connectionString).RuntimeOnly().Options;
    }

    [Fact]
    public async Task Concurrent_claimers_never_hold_the_same_job()
    {
        var options = new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres(_connectionString).RuntimeOnly().Options;
        await using (var db = new HubDbContext(options, [RuntimeRegistration.ModelPart]))
        {
            var queue = new JobQueue(db, TimeProvider.System, Options.Create(new JobQueueOptions()));
            for (var i = 0; i < 500; i++)
            {
                queue.Enqueue("race", $"s-{i}");
            }
            await db.SaveChangesAsync();
        }

        var claimers = Enumerable.Range(0, 6).Select(async w =>
        {
            await using var db = new HubDbContext(options, [RuntimeRegistration.ModelPart]);
            var queue = new JobQueue(db, TimeProvider.System, Options.Create(new JobQueueOptions()));
            var mine = new List<long>();
            while (true)
            {
                var batch = await queue.ClaimAsync($"w{w}", JobLanes.Default, 7, TimeSpan.FromMinutes(1), default);
                if (batch.Count == 0)
                {
                    return mine;
                }
                mine.AddRange(batch.Select(j => j.Id));
            }
        }).ToList();
        var claimed = (await Task.WhenAll(claimers)).SelectMany(ids => ids).ToList();

        Assert.Equal(500, claimed.Count);
        Assert.Equal(500, claimed.Distinct().Count());
    }
}
