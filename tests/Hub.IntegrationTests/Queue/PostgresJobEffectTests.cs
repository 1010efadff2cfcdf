using Hub.IntegrationTests.Infrastructure;
using Hub.Storage;
using Hub.Storage.PostgreSql;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Queue;

[Collection(PostgresCollection.Name)]
public sealed class PostgresJobEffectTests(PostgresFixture fixture) : JobEffectTests
{
    protected override async Task<DbContextOptions<HubDbContext>> CreateOptionsAsync() =>
        new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres(await fixture.CreateDatabaseAsync("effects")).RuntimeOnly().Options;
}
