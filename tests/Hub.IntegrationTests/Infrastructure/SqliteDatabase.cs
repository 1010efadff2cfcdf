namespace Hub.IntegrationTests.Infrastructure;

public sealed class SqliteDatabase : IHubDatabase, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-sqlite-");

    public string Name => "sqlite";

    public Task<Dictionary<string, string>> CreateEnvironmentAsync() =>
        Task.FromResult(HubEnvironment.Sqlite(Path.Combine(_directory.FullName, $"{Guid.NewGuid():N}.db")));

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
