using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Sqlite;

public static class SqliteStorage
{
    public static TBuilder UseHubSqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteStorage).Assembly.GetName().Name));
        return options;
    }
}
