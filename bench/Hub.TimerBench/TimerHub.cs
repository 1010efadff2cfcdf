using Hub.IntegrationTests.Infrastructure;

namespace Hub.TimerBench;

/// <summary>
/// A Release Hub process on the bench's database with production timings (the integration tests shorten the poll
/// and the lease; a timer's lateness would be wrong with those), workers on, warnings-only logging.
/// </summary>
internal sealed class TimerHub : IAsyncDisposable
{
    public const string ConnectorId = "cal";
    public const string Secret = "timer-bench-calendly-key";

    private TimerHub(HubProcess process)
    {
        Process = process;
        Client = new HubClient(process.BaseAddress);
    }

    public HubProcess Process { get; }

    public HubClient Client { get; }

    public static async Task<TimerHub> StartAsync(string connectionString)
    {
        var environment = HubEnvironment.Postgres(connectionString);
        environment.Remove("Hub__Dispatcher__Lease");
        environment.Remove("Hub__Dispatcher__PollInterval");
        environment["Logging__LogLevel__Hub"] = "Warning";
        var hub = new TimerHub(await HubProcess.StartAsync(environment));
        await hub.Client.PutConnectorAsync(ConnectorId, "calendly", Secret);
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.StopAsync();
        await Process.DisposeAsync();
    }
}
