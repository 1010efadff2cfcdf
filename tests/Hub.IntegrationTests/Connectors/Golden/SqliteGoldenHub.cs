using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>The golden Hub on an embedded SQLite database of its own.</summary>
public sealed class SqliteGoldenHub : GoldenHub
{
    private readonly SqliteDatabase _database = new();

    public override string DatabaseName => _database.Name;

    /// <summary>Hub stores SQLite instants as sortable integers of 1000 ticks (EF Core's DateTimeOffsetToBinaryConverter layout).</summary>
    public override TimeSpan TimePrecision { get; } = TimeSpan.FromTicks(1000);

    protected override Task<Dictionary<string, string>> CreateEnvironmentAsync() => _database.CreateEnvironmentAsync();

    protected override Task DisposeDatabaseAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
