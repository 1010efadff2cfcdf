using Hub.Load.Database;
using Hub.Load.Measurement;
using Npgsql;
using NpgsqlTypes;

namespace Hub.Load.Baselines;

/// <summary>
/// What the same PostgreSQL server does without Hub: one ~1 KB row with a unique key per autocommit INSERT (the
/// least a durable webhook intake can do), and 100 such rows per statement (what batching could reach), from the
/// same number of connections.
/// </summary>
internal sealed class PostgresInsertBaseline(string connectionString, PgStats stats, LoadOptions options)
{
    public const int BatchSize = 100;
    private static readonly string Payload = new('x', 1000);
    private long nextId;

    public async Task<(LoadResult Load, PgCost Cost)> SingleRowAsync() => await MeasureAsync("PostgreSQL single-row INSERT, autocommit", 1,
        source => async _ =>
        {
            await using var command = source.CreateCommand("INSERT INTO bench_row (id, payload) VALUES ($1, $2)");
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Interlocked.Increment(ref nextId) });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Payload });
            await command.ExecuteNonQueryAsync();
            return Outcome.Expected;
        });

    public async Task<(LoadResult Load, PgCost Cost)> BatchedAsync() => await MeasureAsync($"PostgreSQL INSERT of {BatchSize} rows per statement", BatchSize,
        source => async _ =>
        {
            var ids = new long[BatchSize];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = Interlocked.Increment(ref nextId);
            }
            await using var command = source.CreateCommand("INSERT INTO bench_row (id, payload) SELECT * FROM unnest($1, $2)");
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = Enumerable.Repeat(Payload, BatchSize).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await command.ExecuteNonQueryAsync();
            return Outcome.Expected;
        });

    private async Task<(LoadResult, PgCost)> MeasureAsync(string name, int rowsPerRequest, Func<NpgsqlDataSource, LoadOperation> operation)
    {
        var database = PgStats.DatabaseName(connectionString);
        await using (var setup = NpgsqlDataSource.Create(connectionString))
        {
            await using var create = setup.CreateCommand(
                "CREATE TABLE IF NOT EXISTS bench_row (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)");
            await create.ExecuteNonQueryAsync();
        }
        // No Reset On Close: otherwise every return to the pool costs a DISCARD ALL, a transaction of its own, and the
        // floor would count two transactions per row.
        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = options.Connections, NoResetOnClose = true }.ConnectionString;
        var before = await stats.AfterDisconnectAsync(database);
        LoadResult load;
        await using (var source = NpgsqlDataSource.Create(pooled))
        {
            load = await ClosedLoop.RunAsync(name, options.Connections, options.Warmup, options.Duration, operation(source)) with { ItemsPerRequest = rowsPerRequest };
        }
        var after = await stats.AfterDisconnectAsync(database);
        return (load, PgCost.Between(name, load.Sent * rowsPerRequest, before, after));
    }
}
