using System.Globalization;
using Hub.Load.Measurement;
using Microsoft.Data.Sqlite;

namespace Hub.Load.Baselines;

/// <summary>
/// One ~1 KB row per transaction in a SQLite file set up as Hub sets up its own: WAL journal, the driver's default
/// synchronous level (reported), pooled connections, and one writer at a time through an in-process gate as Hub's
/// SqliteWriteGate does (SQLite allows one writer; without the gate writers meet SQLITE_BUSY and sleep).
/// </summary>
internal sealed class SqliteInsertBaseline(string databaseFile, LoadOptions options) : IDisposable
{
    private static readonly string Payload = new('x', 1000);
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private long nextId;

    public string Settings { get; private set; } = "";

    public async Task<LoadResult> SingleRowAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = true, DefaultTimeout = 30 }.ToString();
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var command = setup.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS bench_row (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, payload TEXT NOT NULL);";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "SELECT (SELECT journal_mode FROM pragma_journal_mode) || ', synchronous=' || (SELECT synchronous FROM pragma_synchronous)";
            Settings = $"journal_mode={await command.ExecuteScalarAsync()} (synchronous: 0 off, 1 normal, 2 full, 3 extra), as Hub leaves it";
        }
        var load = await ClosedLoop.RunAsync("SQLite single-row INSERT (WAL, one writer at a time)", options.Connections, options.Warmup, options.Duration, async _ =>
        {
            await writeGate.WaitAsync();
            try
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO bench_row (id, created_at, payload) VALUES ($id, $at, $payload)";
                command.Parameters.AddWithValue("$id", Interlocked.Increment(ref nextId));
                command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$payload", Payload);
                await command.ExecuteNonQueryAsync();
                return Outcome.Expected;
            }
            finally
            {
                writeGate.Release();
            }
        });
        SqliteConnection.ClearAllPools();
        return load;
    }

    public void Dispose() => writeGate.Dispose();
}
