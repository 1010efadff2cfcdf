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
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Infrastructure;

internal static class DatabaseRegistration
{
    /// <summary>The database (SQLite by default, PostgreSQL when configured), migrated at start-up, with Data Protection keys in it.</summary>
    public static WebApplicationBuilder AddHubDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var connection = DatabaseConnection.From(builder.Configuration, builder.Environment.ContentRootPath);
        // Options built once, not per scope: rebuilding them was a tenth of every job's allocations.
        builder.Services.AddDbContext<HubDbContext>(o => connection.UseIn(o).ConfigureWarnings(DbFailureLogging.AsDebug), optionsLifetime: ServiceLifetime.Singleton);
        if (connection.IsPostgres)
        {
            builder.Services.AddSingleton(s => new PostgresChangeNotifications(connection.ConnectionString, s.GetRequiredService<ILogger<PostgresChangeNotifications>>()));
            builder.Services.AddSingleton<IChangeNotifications>(s => s.GetRequiredService<PostgresChangeNotifications>());
            builder.Services.AddHostedService(s => s.GetRequiredService<PostgresChangeNotifications>());
        }
        else
        {
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
