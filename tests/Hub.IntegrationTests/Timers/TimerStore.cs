using System.Data.Common;
using System.Globalization;
using Hub.Storage.Conversions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.IntegrationTests.Timers;

/// <summary>Reads what the engine stored, straight from the Hub database the environment points at (SQLite or PostgreSQL).</summary>
public sealed class TimerStore(string provider, string connectionString)
{
    public static TimerStore For(IReadOnlyDictionary<string, string> environment) =>
        new(environment["Hub__Database__Provider"], environment["ConnectionStrings__Hub"]);

    /// <summary>Every reminder instance by key: its status, and how many send requests and messages its send step made.</summary>
    public async Task<Dictionary<string, InstanceOutcome>> OutcomesAsync()
    {
        const string sql = $"""
            SELECT i.correlation_key, i.status,
                (SELECT count(*) FROM send_requests s WHERE s.workflow_instance_id = i.id AND s.step_id = '{ReminderWorkflow.SendStepId}'),
                (SELECT count(*) FROM messages m WHERE m.workflow_instance_id = i.id AND m.step_id = '{ReminderWorkflow.SendStepId}')
            FROM workflow_instances i WHERE i.workflow_id = '{ReminderWorkflow.WorkflowId}'
            """;
        var outcomes = new Dictionary<string, InstanceOutcome>(StringComparer.Ordinal);
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            var outcome = new InstanceOutcome(reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
            // Two instances for one key would be a bug of its own: keep both visible.
            outcomes[outcomes.ContainsKey(key) ? $"{key}#dup{outcomes.Count}" : key] = outcome;
        }
        return outcomes;
    }

    /// <summary>Instances still running or waiting, and jobs not yet done (timers, deliveries): zero when all has settled.</summary>
    public async Task<(long Active, long Jobs)> BacklogAsync() => (
        await ScalarAsync($"SELECT count(*) FROM workflow_instances WHERE workflow_id = '{ReminderWorkflow.WorkflowId}' AND status IN ('Running', 'Waiting')"),
        await ScalarAsync("SELECT count(*) FROM jobs WHERE status <> 'Dead'"));

    /// <summary>Reminder instances per status, for the test's output.</summary>
    public async Task<string> StatusesAsync()
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT status, count(*) FROM workflow_instances WHERE workflow_id = '{ReminderWorkflow.WorkflowId}' GROUP BY status ORDER BY status";
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add($"{reader.GetString(0)} {reader.GetInt64(1)}");
        }
        return parts.Count == 0 ? "no instances" : string.Join(", ", parts);
    }

    /// <summary>
    /// Moves every waiting reminder's timer to <paramref name="due"/>: the instance's wake time and its
    /// <c>workflow-run</c> job's due time, as the engine would have stored them had the event named that time.
    /// Returns how many timers moved.
    /// </summary>
    public async Task<long> MoveTimersAsync(DateTimeOffset due)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var instances = connection.CreateCommand();
        instances.Transaction = transaction;
        instances.CommandText = $"UPDATE workflow_instances SET wake_at = @due WHERE workflow_id = '{ReminderWorkflow.WorkflowId}' AND status = 'Waiting'";
        var parameter = instances.CreateParameter();
        parameter.ParameterName = "@due";
        parameter.Value = provider == "sqlite" ? new UtcBinaryDateTimeOffsetConverter().ConvertToProvider(due)! : due.ToUniversalTime();
        instances.Parameters.Add(parameter);
        var moved = await instances.ExecuteNonQueryAsync();
        await using var jobs = connection.CreateCommand();
        jobs.Transaction = transaction;
        jobs.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"UPDATE jobs SET run_at = {due.ToUnixTimeMilliseconds()} WHERE kind = 'workflow-run' AND status = 'Pending'");
        var timers = await jobs.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return moved == timers ? moved : throw new InvalidOperationException($"{moved} waiting instances but {timers} pending timers.");
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private DbConnection Open() => provider == "sqlite"
        ? new SqliteConnection(connectionString + ";Pooling=False")
        : new NpgsqlConnection(connectionString);
}

public sealed record InstanceOutcome(string Status, long SendRequests, long Messages)
{
    public bool Reminded => Status == "Completed" && SendRequests == 1 && Messages == 1;

    public bool Cancelled => Status == "Cancelled" && SendRequests == 0 && Messages == 0;
}
