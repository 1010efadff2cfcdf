using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.IntegrationTests.Conversations;

/// <summary>
/// A contact's consent read straight from Hub's database, as stored (enum names, not the API's snake case): the current
/// state for a channel and purpose of the contact an address belongs to, and the newest change with its source and evidence.
/// </summary>
internal static class StoredConsent
{
    public static async Task<string?> StateAsync(Dictionary<string, string> environment, string address, string channel, string purpose) =>
        (await ScalarRowAsync(environment,
            "SELECT c.state FROM contact_consents c JOIN contact_identities i ON i.contact_id = c.contact_id "
            + "WHERE i.value = @address AND c.channel = @channel AND c.purpose = @purpose",
            address, channel, purpose))?[0];

    /// <summary>(state, source, evidence) of the newest change, or null.</summary>
    public static async Task<(string State, string Source, string? Evidence)?> LastChangeAsync(Dictionary<string, string> environment, string address, string channel, string purpose)
    {
        var row = await ScalarRowAsync(environment,
            "SELECT c.state, c.source, c.evidence FROM consent_changes c JOIN contact_identities i ON i.contact_id = c.contact_id "
            + "WHERE i.value = @address AND c.channel = @channel AND c.purpose = @purpose ORDER BY c.recorded_at DESC, c.id DESC",
            address, channel, purpose);
        return row is null ? null : (row[0]!, row[1]!, row[2]);
    }

    /// <summary>How many changes the contact's history holds for the channel and purpose.</summary>
    public static async Task<int> ChangesAsync(Dictionary<string, string> environment, string address, string channel, string purpose)
    {
        await using var connection = await OpenAsync(environment);
        await using var command = Command(connection,
            "SELECT COUNT(*) FROM consent_changes c JOIN contact_identities i ON i.contact_id = c.contact_id "
            + "WHERE i.value = @address AND c.channel = @channel AND c.purpose = @purpose", address, channel, purpose);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?[]?> ScalarRowAsync(Dictionary<string, string> environment, string sql, string address, string channel, string purpose)
    {
        await using var connection = await OpenAsync(environment);
        await using var command = Command(connection, sql, address, channel, purpose);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))];
    }

    private static DbCommand Command(DbConnection connection, string sql, string address, string channel, string purpose)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "address", address);
        Add(command, "channel", channel);
        Add(command, "purpose", purpose);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<DbConnection> OpenAsync(Dictionary<string, string> environment)
    {
        var connectionString = environment["ConnectionStrings__Hub"];
        DbConnection connection = environment["Hub__Database__Provider"] == "sqlite" ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
