using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

public sealed class PostgresBadInputHub(PostgresFixture fixture) : BadInputHub
{
    private readonly PostgresDatabase _database = new(fixture);

    public override string DatabaseName => _database.Name;

    protected override Task<Dictionary<string, string>> CreateEnvironmentAsync() => _database.CreateEnvironmentAsync();
}
