namespace Hub.IntegrationTests.Infrastructure;

public sealed class PostgresDatabase(PostgresFixture fixture) : IHubDatabase
{
    public string Name => "postgres";

    public async Task<Dictionary<string, string>> CreateEnvironmentAsync() =>
        HubEnvironment.Postgres(await fixture.CreateDatabaseAsync("hub"));
}
