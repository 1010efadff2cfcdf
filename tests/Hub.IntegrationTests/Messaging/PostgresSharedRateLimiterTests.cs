using Hub.IntegrationTests.Infrastructure;
using Hub.Storage;
using Hub.Storage.PostgreSql;
using Microsoft.EntityFrameworkCore;

using Hub.IntegrationTests.Queue;

namespace Hub.IntegrationTests.Messaging;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresSharedRateLimiterTests(PostgresFixture fixture) : SharedRateLimiterTests
{
    protected override async Task<DbContextOptions<HubDbContext>> CreateOptionsAsync() =>
        new DbContextOptionsBuilder<HubDbContext>().UseHubPostgres(await fixture.CreateDatabaseAsync("rate")).RuntimeOnly().Options;
}
