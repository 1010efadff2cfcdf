using Npgsql;

namespace Hub.Load.Database;

/// <summary>
/// Reads <c>pg_stat_database</c> (xact_commit + xact_rollback of one database) and <c>pg_stat_wal</c> (wal_bytes,
/// cluster-wide) from the <c>postgres</c> database, so that its own queries are not counted against the database measured.
/// Backends publish their counters at most once a second and, when they go idle, up to 10 s later: a snapshot taken
/// right after a phase would miss its tail. <see cref="SettledAsync"/> waits that out first.
/// </summary>
internal sealed class PgStats(string anyConnectionString, TimeSpan settle)
{
    private readonly string adminConnectionString = new NpgsqlConnectionStringBuilder(anyConnectionString)
    {
        Database = "postgres",
        Pooling = false,
    }.ConnectionString;

    public TimeSpan Settle => settle;

    public async Task<PgSnapshot> SettledAsync(string database)
    {
        await Task.Delay(settle);
        return await NowAsync(database);
    }

    /// <summary>
    /// After every connection to <paramref name="database"/> was closed: exiting backends publish their counters at
    /// once, so a short pause for them to exit is enough.
    /// </summary>
    public async Task<PgSnapshot> AfterDisconnectAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(TimeSpan.FromSeconds(1));
        return await NowAsync(database);
    }

    public async Task<PgSnapshot> NowAsync(string database)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = $1),
                   (SELECT wal_bytes::bigint FROM pg_stat_wal)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = database });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new PgSnapshot(reader.IsDBNull(0) ? 0 : reader.GetInt64(0), reader.GetInt64(1), DateTime.UtcNow);
    }

    /// <summary>The server's version and the settings that decide what a commit costs.</summary>
    public async Task<string> DescribeServerAsync()
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), " +
            "current_setting('wal_sync_method'), current_setting('full_page_writes')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"PostgreSQL {reader.GetString(0)}, fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, " +
               $"wal_sync_method={reader.GetString(3)}, full_page_writes={reader.GetString(4)}";
    }

    public static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;
}
