using Hub.Storage;
using Hub.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Queue;

public sealed class SqliteJobEffectTests : JobEffectTests, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-effects-");

    protected override Task<DbContextOptions<HubDbContext>> CreateOptionsAsync() =>
        Task.FromResult(new DbContextOptionsBuilder<HubDbContext>()
            .UseHubSqlite(SqliteStorage.PrepareConnectionString("Data Source=effects.db", _directory.FullName)).RuntimeOnly()
            .Options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
