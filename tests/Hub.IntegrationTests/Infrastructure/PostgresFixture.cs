namespace Hub.IntegrationTests.Infrastructure;

/// <summary>One PostgreSQL server per test collection; each test creates its own database on it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresCluster? cluster;

    public PostgresCluster Cluster =>
        cluster ?? throw new InvalidOperationException("PostgresFixture has not been initialized.");

    public Task<string> CreateDatabaseAsync(string? name = null) => Cluster.CreateDatabaseAsync(name);

    public async Task InitializeAsync() => cluster = await PostgresCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
