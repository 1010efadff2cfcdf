using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>The golden Hub on a fresh database of the collection's PostgreSQL server.</summary>
public sealed class PostgresGoldenHub(PostgresFixture fixture) : GoldenHub
{
    private readonly PostgresDatabase _database = new(fixture);

    public override string DatabaseName => _database.Name;

    /// <summary><c>timestamp with time zone</c> keeps microseconds.</summary>
    public override TimeSpan TimePrecision { get; } = TimeSpan.FromMicroseconds(1);

    protected override Task<Dictionary<string, string>> CreateEnvironmentAsync() => _database.CreateEnvironmentAsync();
}
