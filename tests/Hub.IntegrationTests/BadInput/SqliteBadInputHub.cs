using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

public sealed class SqliteBadInputHub : BadInputHub
{
    private readonly SqliteDatabase _database = new();

    public override string DatabaseName => _database.Name;

    protected override Task<Dictionary<string, string>> CreateEnvironmentAsync() => _database.CreateEnvironmentAsync();

    protected override Task DisposeDatabaseAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
