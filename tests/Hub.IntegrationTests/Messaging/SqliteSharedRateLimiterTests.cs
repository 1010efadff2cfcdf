using Hub.Storage;
using Hub.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

using Hub.IntegrationTests.Queue;

namespace Hub.IntegrationTests.Messaging;

public sealed class SqliteSharedRateLimiterTests : SharedRateLimiterTests, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-rate-");

    protected override Task<DbContextOptions<HubDbContext>> CreateOptionsAsync() =>
        Task.FromResult(new DbContextOptionsBuilder<HubDbContext>()
            .UseHubSqlite(SqliteStorage.PrepareConnectionString("Data Source=rate.db", _directory.FullName)).RuntimeOnly()
            .Options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
