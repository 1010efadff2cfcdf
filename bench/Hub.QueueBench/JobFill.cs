using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Hub.QueueBench;

/// <summary>Stores many jobs fast: binary COPY on PostgreSQL, one prepared statement in one transaction on SQLite.</summary>
internal static class JobFill
{
    private const string Columns = "workspace_id, kind, lane, subject_id, status, attempts, max_attempts, run_at, lease_version, created_at";

    public static async Task PostgresAsync(string connectionString, int future, int due)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY jobs ({Columns}) FROM STDIN (FORMAT BINARY)");
        var now = DateTimeOffset.UtcNow;
        foreach (var (subject, runAt) in Jobs(now, future, due))
        {
            await writer.StartRowAsync();
            await writer.WriteAsync("default", NpgsqlDbType.Varchar);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
            await writer.WriteAsync("default", NpgsqlDbType.Varchar);
            await writer.WriteAsync(subject, NpgsqlDbType.Varchar);
            await writer.WriteAsync("Pending", NpgsqlDbType.Varchar);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(8, NpgsqlDbType.Integer);
            await writer.WriteAsync(runAt, NpgsqlDbType.Bigint);
            await writer.WriteAsync(0L, NpgsqlDbType.Bigint);
            await writer.WriteAsync(now.UtcDateTime, NpgsqlDbType.TimestampTz);
        }
        await writer.CompleteAsync();
    }

    public static async Task SqliteAsync(HubDbContext db, int future, int due)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO jobs ({Columns}) VALUES ('default', 'bench', 'default', $subject, 'Pending', 0, 8, $runAt, 0, $createdAt)";
        var subject = command.Parameters.Add("$subject", SqliteType.Text);
        var runAt = command.Parameters.Add("$runAt", SqliteType.Integer);
        var created = command.Parameters.Add("$createdAt", SqliteType.Integer);
        var now = DateTimeOffset.UtcNow;
        created.Value = (now.UtcTicks / 1000) << 11; // the layout of Hub's UTC instant converter
        command.Prepare();
        foreach (var (id, when) in Jobs(now, future, due))
        {
            subject.Value = id;
            runAt.Value = when;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>Future jobs spread over the next 30 days (reminders, timers), then the due ones, a minute late.</summary>
    private static IEnumerable<(string Subject, long RunAt)> Jobs(DateTimeOffset now, int future, int due)
    {
        var random = new Random(42);
        var start = now.AddMinutes(5).ToUnixTimeMilliseconds();
        for (var i = 0; i < future; i++)
        {
            yield return ($"future-{i}", start + (long)(random.NextDouble() * TimeSpan.FromDays(30).TotalMilliseconds));
        }
        var late = now.AddMinutes(-1).ToUnixTimeMilliseconds();
        for (var i = 0; i < due; i++)
        {
            yield return ($"due-{i}", late + i);
        }
    }
}
