using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.IntegrationTests.Workflows;

/// <summary>
/// Reads workflow instances straight from the Hub's database (SQLite or PostgreSQL, from the environment the process
/// was started with): the admin API does not list instances yet.
/// </summary>
public static class StoredInstances
{
    public static async Task<List<InstanceRow>> OfAsync(Dictionary<string, string> environment, string workflowId)
    {
        var connectionString = environment["ConnectionStrings__Hub"];
        await using DbConnection connection = environment["Hub__Database__Provider"] == "sqlite"
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, status, end_reason, last_error, state_json FROM workflow_instances WHERE workflow_id = @w ORDER BY created_at, id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@w";
        parameter.Value = workflowId;
        command.Parameters.Add(parameter);
        var rows = new List<InstanceRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new InstanceRow(
                Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!,
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4)));
        }
        return rows;
    }
}
