using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.PostgreSql;

public static class PostgresStorage
{
    public static TBuilder UseHubPostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresStorage).Assembly.GetName().Name));
        return options;
    }
}
