namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Environment variables that point a Hub process at one database, with test-friendly timings.</summary>
public static class HubEnvironment
{
    public static Dictionary<string, string> Sqlite(string databaseFile) => Common(new()
    {
        ["Hub__Database__Provider"] = "sqlite",
        ["ConnectionStrings__Hub"] = $"Data Source={databaseFile}",
    });

    public static Dictionary<string, string> Postgres(string connectionString) => Common(new()
    {
        ["Hub__Database__Provider"] = "postgres",
        ["ConnectionStrings__Hub"] = connectionString,
    });

    /// <summary>For load tests: their processes yield the CPU to those of the tests running beside them (<see cref="HubProcess.LowPriorityKey"/>).</summary>
    public static Dictionary<string, string> AtLowPriority(this Dictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment[HubProcess.LowPriorityKey] = "1";
        return environment;
    }

    private static Dictionary<string, string> Common(Dictionary<string, string> environment)
    {
        environment["Hub__AdminApiKey"] = HubClient.AdminKey;
        // Short leases so that a killed node's work is taken over within the test's patience.
        environment["Hub__Dispatcher__Lease"] = "00:00:03";
        environment["Hub__Dispatcher__PollInterval"] = "00:00:00.250";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Hub"] = "Information";
        return environment;
    }
}
