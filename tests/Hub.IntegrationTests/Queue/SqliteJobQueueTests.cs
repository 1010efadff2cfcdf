using Hub.Storage;
using Hub.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Queue;

public sealed class SqliteJobQueueTests : JobQueueTests, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-queue-");

    protected override bool IsSqlite => true;

    protected override Task<DbContextOptions<HubDbContext>> CreateOptionsAsync() =>
        Task.FromResult(new DbContextOptionsBuilder<HubDbContext>()
            .UseHubSqlite(SqliteStorage.PrepareConnectionString("Data Source=queue.db", _directory.FullName)).RuntimeOnly()
            .Options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
