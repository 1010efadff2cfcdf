using Microsoft.Data.Sqlite;
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

    /// <summary>
    /// Anchors a relative database file at <paramref name="baseDirectory"/>, creates its folder, and sets a busy
    /// timeout so that concurrent writers in one process wait for each other instead of failing.
    /// </summary>
    public static string PrepareConnectionString(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, baseDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }
        builder.Pooling = true;
        return builder.ToString();
    }
}
