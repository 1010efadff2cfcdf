using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.IntegrationTests.Verifications;

/// <summary>Every text column of a table, read straight from the Hub's database: where a secret must not be.</summary>
internal static class StoredText
{
    public static async Task<List<string>> OfAsync(Dictionary<string, string> environment, string table)
    {
        var connectionString = environment["ConnectionStrings__Hub"];
        await using DbConnection connection = environment["Hub__Database__Provider"] == "sqlite"
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        var texts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i) && reader.GetValue(i) is string text)
                {
                    texts.Add(text);
                }
            }
        }
        return texts;
    }
}
