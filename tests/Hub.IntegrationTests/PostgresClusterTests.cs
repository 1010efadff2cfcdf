using Hub.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hub.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Created_database_accepts_queries()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version()", connection);
        var version = (string?)await command.ExecuteScalarAsync();

        Assert.StartsWith("PostgreSQL", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_call_creates_a_distinct_database()
    {
        var first = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync("same"));
        var second = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync("same"));

        Assert.NotEqual(first.Database, second.Database);

        await using var connection = new NpgsqlConnection(second.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_database()", connection);
        Assert.Equal(second.Database, (string?)await command.ExecuteScalarAsync());
    }
}
