using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Storage.Notifications;
using Hub.Storage.PostgreSql;
using Hub.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Infrastructure;

internal static class DatabaseRegistration
{
    public const string ConnectionStringName = "Hub";
    private const string DefaultSqlite = "Data Source=data/hub.db";

    /// <summary>The database (SQLite by default, PostgreSQL when configured), migrated at start-up, with Data Protection keys in it.</summary>
    public static WebApplicationBuilder AddHubDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);

        if (string.Equals(database.Provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Hub__Database__Provider is 'postgres' but ConnectionStrings__Hub is not set.");
            }
            // Without this, each connection returned to the pool costs a DISCARD ALL: one more transaction per checkout.
            var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
            // Options built once, not per scope: rebuilding them was a tenth of every job's allocations.
            builder.Services.AddDbContext<HubDbContext>(o => o.UseHubPostgres(npgsql).ConfigureWarnings(DbFailureLogging.AsDebug), optionsLifetime: ServiceLifetime.Singleton);
            builder.Services.AddSingleton(s => new PostgresChangeNotifications(npgsql, s.GetRequiredService<ILogger<PostgresChangeNotifications>>()));
            builder.Services.AddSingleton<IChangeNotifications>(s => s.GetRequiredService<PostgresChangeNotifications>());
            builder.Services.AddHostedService(s => s.GetRequiredService<PostgresChangeNotifications>());
        }
        else
        {
            var sqlite = SqliteStorage.PrepareConnectionString(connectionString ?? DefaultSqlite, builder.Environment.ContentRootPath);
            builder.Services.AddDbContext<HubDbContext>(o => o.UseHubSqlite(sqlite).ConfigureWarnings(DbFailureLogging.AsDebug), optionsLifetime: ServiceLifetime.Singleton);
            builder.Services.AddSingleton<IChangeNotifications, InProcessChangeNotifications>();
        }

        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Hub").PersistKeysToDbContext<HubDbContext>();
        // Keys live beside the secrets they protect; in production encrypt them with a certificate kept elsewhere.
        if (builder.Configuration["Hub:DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, builder.Configuration["Hub:DataProtection:CertificatePassword"]));
        }
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }
}
