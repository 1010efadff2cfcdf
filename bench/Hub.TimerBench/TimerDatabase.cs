using System.Globalization;
using System.Text;
using Npgsql;

namespace Hub.TimerBench;

/// <summary>
/// Hub's PostgreSQL database, read and filled directly: waiting appointment-reminder instances are copied from one
/// that the engine put to sleep (its trigger event, the instance and its <c>workflow-run</c> timer job), each copy with
/// its own ids and key and its own due time, in one INSERT … SELECT per table over <c>generate_series</c>.
/// </summary>
internal sealed class TimerDatabase(string connectionString)
{
    public const string WorkflowId = "appointment-reminder";
    public const string RemindStep = "remind";

    public string ConnectionString { get; } = connectionString;

    /// <summary>The waiting appointment-reminder instance, once there is exactly one; null before.</summary>
    public async Task<TimerSeed?> SeedAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT id, event_id FROM workflow_instances WHERE workflow_id = '{WorkflowId}' AND status = 'Waiting' AND wake_at IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<TimerSeed>();
        while (await reader.ReadAsync())
        {
            found.Add(new TimerSeed(reader.GetGuid(0), reader.GetString(1)));
        }
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// Stores <paramref name="count"/> copies of the seed, keyed <c>{prefix}-{n}</c>, each waiting with its timer due at
    /// <paramref name="dueFrom"/> plus a random part of <paramref name="spread"/>. Copies that will fire get their own
    /// trigger event too (the handler reads it); the far-future ones only need the instance and the job.
    /// </summary>
    public async Task CopyTimersAsync(TimerSeed seed, string prefix, int count, DateTimeOffset dueFrom, TimeSpan spread, bool withEvents)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"""
            CREATE TEMP TABLE timer_copies ON COMMIT DROP AS
            SELECT gen_random_uuid() AS instance_id, '{prefix}-' || g AS copy_key,
                ({dueFrom.ToUnixTimeMilliseconds()} + floor(random() * {(long)spread.TotalMilliseconds}))::bigint AS run_at
            FROM generate_series(1, {count}) g
            """));
        if (withEvents)
        {
            await CopyRowsAsync(connection, transaction, "events", $"s.id = '{seed.EventId}'",
                new Dictionary<string, string> { ["id"] = "c.copy_key" });
        }
        await CopyRowsAsync(connection, transaction, "workflow_instances", $"s.id = '{seed.InstanceId}'", new Dictionary<string, string>
        {
            ["id"] = "c.instance_id",
            ["event_id"] = "c.copy_key",
            ["correlation_key"] = "c.copy_key",
            ["wake_at"] = "to_timestamp(c.run_at / 1000.0)",
        });
        await CopyRowsAsync(connection, transaction, "jobs", $"s.kind = 'workflow-run' AND s.status = 'Pending' AND s.subject_id = '{seed.InstanceId}'",
            new Dictionary<string, string> { ["id"] = "", ["subject_id"] = "c.instance_id::text", ["run_at"] = "c.run_at" });
        await transaction.CommitAsync();
    }

    /// <summary>Removes the copies keyed <c>{prefix}-…</c> (instances, events and any job left) so that they count nowhere else.</summary>
    public async Task DeleteCopiesAsync(string prefix)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, $"""
            DELETE FROM jobs WHERE kind = 'workflow-run' AND subject_id IN (SELECT id::text FROM workflow_instances WHERE event_id LIKE '{prefix}-%');
            DELETE FROM workflow_instances WHERE event_id LIKE '{prefix}-%';
            DELETE FROM events WHERE id LIKE '{prefix}-%';
            """);
        await transaction.CommitAsync();
    }

    /// <summary>When each reminder of the copies keyed <c>{prefix}-…</c> was composed (the timer fired), and when it was sent.</summary>
    public async Task<(List<DateTimeOffset> Composed, List<DateTimeOffset> Sent)> RemindersAsync(string prefix)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT m.created_at, m.status IN ('Sent', 'Delivered'), m.updated_at FROM messages m
            JOIN workflow_instances i ON i.id = m.workflow_instance_id
            WHERE m.step_id = '{RemindStep}' AND i.event_id LIKE '{prefix}-%'
            """, connection);
        var composed = new List<DateTimeOffset>();
        var sent = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            composed.Add(reader.GetFieldValue<DateTimeOffset>(0));
            if (reader.GetBoolean(1))
            {
                sent.Add(reader.GetFieldValue<DateTimeOffset>(2));
            }
        }
        return (composed, sent);
    }

    /// <summary>When the message of <paramref name="step"/> to <paramref name="to"/> was composed; null while there is none.</summary>
    public async Task<DateTimeOffset?> ComposedAsync(string to, string step)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT min(created_at) FROM messages WHERE \"to\" = @to AND step_id = @step", connection);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("step", step);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : null;
    }

    /// <summary>Jobs due by now and not finished (pending or running), in every lane: zero once a burst has drained.</summary>
    public Task<long> DueWorkAsync() => ScalarAsync(string.Create(CultureInfo.InvariantCulture,
        $"SELECT (SELECT count(*) FROM jobs WHERE status = 'Pending' AND lane IN ('default', 'bulk') AND run_at <= {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}) + (SELECT count(*) FROM jobs WHERE status = 'Running')"));

    /// <summary>Transactions committed in this database so far (PostgreSQL publishes the count within about a second).</summary>
    public Task<long> CommitsAsync() => ScalarAsync("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, null, sql);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// INSERT INTO table SELECT every column of the seed row (alias <c>s</c>) once per copy (alias <c>c</c>), with
    /// <paramref name="replaced"/> columns computed instead; an empty replacement leaves the column to its default.
    /// The column list is read from the catalogue so that a new column is copied without changing the bench.
    /// </summary>
    private static async Task CopyRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string seedCondition,
        IReadOnlyDictionary<string, string> replaced)
    {
        var columns = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            connection, transaction))
        {
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }
        var copied = columns.Where(c => !replaced.TryGetValue(c, out var value) || value.Length > 0).ToList();
        var sql = new StringBuilder($"INSERT INTO {table} (")
            .AppendJoin(", ", copied.Select(c => $"\"{c}\""))
            .Append(") SELECT ")
            .AppendJoin(", ", copied.Select(c => replaced.TryGetValue(c, out var value) ? value : $"s.\"{c}\""))
            .Append(CultureInfo.InvariantCulture, $" FROM {table} s, timer_copies c WHERE {seedCondition}");
        await ExecuteAsync(connection, transaction, sql.ToString());
    }
}
