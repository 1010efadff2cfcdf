using Hub.Storage;
using Hub.Storage.PostgreSql;
using Hub.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Which database the configuration names (<c>Hub:Database:Provider</c>, <c>ConnectionStrings:Hub</c>) and how to
/// reach it: read in one place for the server and for the commands that work on its database (<c>export</c>,
/// <c>import</c>), so that both always open the same one.
/// </summary>
internal sealed record DatabaseConnection(bool IsPostgres, string ConnectionString)
{
    public const string ConnectionStringName = "Hub";
    private const string DefaultSqlite = "Data Source=data/hub.db";

    /// <exception cref="InvalidOperationException">PostgreSQL is chosen but no connection string is set.</exception>
    public static DatabaseConnection From(IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.Equals(database.Provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Hub__Database__Provider is 'postgres' but ConnectionStrings__Hub is not set.");
            }
            // Without this, each connection returned to the pool costs a DISCARD ALL: one more transaction per checkout.
            return new(true, new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString);
        }
        return new(false, SqliteStorage.PrepareConnectionString(connectionString ?? DefaultSqlite, contentRoot));
    }

    /// <summary>The SQLite file, for a command that must not create an empty database where none is.</summary>
    public string? SqliteFile => IsPostgres ? null : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public DbContextOptionsBuilder UseIn(DbContextOptionsBuilder options) =>
        IsPostgres ? options.UseHubPostgres(ConnectionString) : options.UseHubSqlite(ConnectionString);
}
