using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.IntegrationTests.Contacts;

/// <summary>
/// Reads every table and every text or binary column of a Hub database straight from the server's catalogue
/// (SQLite: <c>sqlite_master</c> and <c>pragma table_info</c>; PostgreSQL: <c>information_schema.columns</c>), so that
/// a table no module knows of is read too, and says where any of the terms appears (case-insensitive; bytes as UTF-8).
/// </summary>
public static class DatabaseText
{
    public static async Task<List<string>> FindAsync(Dictionary<string, string> environment, IReadOnlyList<string> terms)
    {
        var connectionString = environment["ConnectionStrings__Hub"];
        return environment["Hub__Database__Provider"] == "sqlite"
            ? await FindInSqliteAsync(connectionString, terms)
            : await FindInPostgresAsync(connectionString, terms);
    }

    private static async Task<List<string>> FindInSqliteAsync(string connectionString, IReadOnlyList<string> terms)
    {
        await using var connection = new SqliteConnection(connectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        foreach (var table in await ReadStringsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            await using var info = connection.CreateCommand();
            info.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var type = reader.GetString(1).ToUpperInvariant();
                // SQLite keeps any value in any column; text and blobs are where text can hide, and untyped columns may hold either.
                if (type.Length == 0 || type.Contains("TEXT", StringComparison.Ordinal) || type.Contains("CHAR", StringComparison.Ordinal)
                    || type.Contains("BLOB", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal))
                {
                    columns.Add((table, reader.GetString(0)));
                }
            }
        }
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT \"{column}\" FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            found.AddRange(await MatchesAsync(reader, $"{table}.{column}", terms));
        }
        return found;
    }

    private static async Task<List<string>> FindInPostgresAsync(string connectionString, IReadOnlyList<string> terms)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var info = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() " +
            "AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'xml')", connection))
        await using (var reader = await info.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        Assert.NotEmpty(columns);
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var select = new NpgsqlCommand($"SELECT \"{column}\" FROM \"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            found.AddRange(await MatchesAsync(reader, $"{table}.{column}", terms));
        }
        return found;
    }

    private static async Task<List<string>> MatchesAsync(System.Data.Common.DbDataReader reader, string where, IReadOnlyList<string> terms)
    {
        var found = new List<string>();
        while (await reader.ReadAsync())
        {
            var text = reader.IsDBNull(0) ? null : reader.GetValue(0) switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var term in terms.Where(t => text?.Contains(t, StringComparison.OrdinalIgnoreCase) == true))
            {
                found.Add($"{where}: {term}");
            }
        }
        return found;
    }

    private static async Task<List<string>> ReadStringsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
