using Hub.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hub.Load.HubPhases;

/// <summary>
/// A Release Hub process on a fresh database, with production timings (the integration tests shorten leases and
/// polling; idle cost would be wrong with those) and warnings-only logging.
/// </summary>
internal sealed class HubUnderTest : IAsyncDisposable
{
    private HubUnderTest(HubProcess process, string label, string? postgresDatabase)
    {
        Process = process;
        Label = label;
        PostgresDatabase = postgresDatabase;
        Client = new HubClient(process.BaseAddress);
    }

    public HubProcess Process { get; }

    public HubClient Client { get; }

    /// <summary>"postgres" or "sqlite".</summary>
    public string Label { get; }

    public string? PostgresDatabase { get; }

    public static async Task<HubUnderTest> StartPostgresAsync(string connectionString, bool workers, LoadOptions options)
    {
        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = options.Connections }.ConnectionString;
        var environment = Production(HubEnvironment.Postgres(pooled), workers, options);
        return new HubUnderTest(await HubProcess.StartAsync(environment), "postgres", new NpgsqlConnectionStringBuilder(connectionString).Database);
    }

    public static async Task<HubUnderTest> StartSqliteAsync(string databaseFile, bool workers, LoadOptions options)
    {
        var environment = Production(HubEnvironment.Sqlite(databaseFile), workers, options);
        return new HubUnderTest(await HubProcess.StartAsync(environment), "sqlite", null);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.StopAsync();
        await Process.DisposeAsync();
    }

    private static Dictionary<string, string> Production(Dictionary<string, string> environment, bool workers, LoadOptions options)
    {
        environment.Remove("Hub__Dispatcher__Lease");
        environment.Remove("Hub__Dispatcher__PollInterval");
        environment["Logging__LogLevel__Hub"] = "Warning";
        // Intake alone: nothing but the webhook answer runs. (Hub__Roles=ingest will say the same once it exists.)
        environment["Hub__Dispatcher__Enabled"] = workers ? "true" : "false";
        // Thousands of webhooks a second to one connector: the abuse limits are not what is measured.
        environment["Hub__Limits__Webhooks__PerSecond"] = "0";
        environment["Hub__Limits__AdminApi__PerSecond"] = "0";
        foreach (var (name, value) in options.HubEnvironment)
        {
            environment[name] = value;
        }
        return environment;
    }
}
