using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.IntegrationTests.Access;

/// <summary>The audit log's rows straight from the database, every column as text, one line per row.</summary>
public static class AuditRows
{
    private const string Query = "SELECT * FROM audit_entries";

    public static async Task<List<string>> ReadAsync(Dictionary<string, string> environment)
    {
        var connectionString = environment["ConnectionStrings__Hub"];
        if (environment["Hub__Database__Provider"] == "sqlite")
        {
            await using var sqlite = new SqliteConnection(connectionString + ";Mode=ReadOnly;Pooling=False");
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = Query;
            await using var reader = await command.ExecuteReaderAsync();
            return await LinesAsync(reader);
        }
        await using var postgres = new NpgsqlConnection(connectionString);
        await postgres.OpenAsync();
        await using var select = new NpgsqlCommand(Query, postgres);
        await using var rows = await select.ExecuteReaderAsync();
        return await LinesAsync(rows);
    }

    private static async Task<List<string>> LinesAsync(System.Data.Common.DbDataReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var line = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes),
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                };
                line.Append(reader.GetName(i)).Append('=').Append(value).Append(' ');
            }
            lines.Add(line.ToString());
        }
        return lines;
    }
}
