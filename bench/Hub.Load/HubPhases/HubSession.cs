using Hub.Load.Database;
using Hub.Load.Measurement;
using Hub.Load.Report;

namespace Hub.Load.HubPhases;

/// <summary>
/// One Hub process under load: its connectors, the RSS sampler, PostgreSQL snapshots of its database, and the traffic
/// of each phase, kept until the end so that every phase's ledger is drawn up after all measuring is done (the
/// ledger's API calls would otherwise count as the next phase's transactions).
/// </summary>
internal sealed class HubSession(HubUnderTest hub, RunReport report, PgStats? stats) : IAsyncDisposable
{
    private const string Secret = "load-shopify-secret";
    private static long nextSequenceBlock;
    private readonly List<(LoadResult Load, WebhookTraffic Traffic, Sink.SinkArrivals? Arrivals, bool Reject)> phases = [];
    private readonly HttpClient http = HttpOperation.Client(hub.Process.BaseAddress, report.Options.Connections);

    public HubUnderTest Hub { get; } = hub;

    public RssSampler Rss { get; } = new(hub.Process.ProcessId, hub.Label);

    public LoadOptions Options => report.Options;

    /// <summary>A new connector and the traffic to it; sequence numbers never repeat within the run.</summary>
    public async Task<WebhookTraffic> TrafficAsync(string phase)
    {
        var connectorId = $"load-{phase}";
        await Hub.Client.PutConnectorAsync(connectorId, "shopify", Secret, new { defaultRegion = "US" });
        var block = Interlocked.Increment(ref nextSequenceBlock);
        return new WebhookTraffic(http, connectorId, Secret, block * 10_000_000);
    }

    public void Record(LoadResult load, WebhookTraffic traffic, Sink.SinkArrivals? arrivals, bool reject = false)
    {
        report.Add(load);
        phases.Add((load, traffic, arrivals, reject));
    }

    /// <summary>CPU used so far by Hub, the tool and the machine; <see cref="Cpu"/> turns two into a cost per answer.</summary>
    public (CpuSnapshot Cpu, long Started) CpuNow() => (CpuSnapshot.Take(Hub.Process.ProcessId), System.Diagnostics.Stopwatch.GetTimestamp());

    /// <summary>Records the CPU of a phase since <paramref name="before"/>, per expected answer (the warm-up's included, as in the CPU).</summary>
    public void Cpu(LoadResult load, (CpuSnapshot Cpu, long Started) before) =>
        report.Add(new CpuCost(load.Name, load.Expected, System.Diagnostics.Stopwatch.GetElapsedTime(before.Started), before.Cpu, CpuSnapshot.Take(Hub.Process.ProcessId)));

    /// <summary>A settled snapshot of Hub's database, or null on SQLite.</summary>
    public async Task<PgSnapshot?> SnapshotAsync(bool settle = true) =>
        stats is null || Hub.PostgresDatabase is null ? null
        : settle ? await stats.SettledAsync(Hub.PostgresDatabase) : await stats.NowAsync(Hub.PostgresDatabase);

    public void Cost(string phase, long events, PgSnapshot? before, PgSnapshot? after)
    {
        if (before is not null && after is not null)
        {
            report.Add(PgCost.Between(phase, events, before, after));
        }
    }

    public async Task AccountAsync()
    {
        var messages = await HubRecords.MessagesAsync(Hub.Client);
        foreach (var (load, traffic, arrivals, reject) in phases)
        {
            var records = await HubRecords.LoadAsync(Hub.Client, traffic.ConnectorId, messages);
            report.Add(reject ? HubLedger.AccountRejects(load, records) : HubLedger.Account(load, traffic, records, arrivals));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Rss.DisposeAsync();
        lock (Rss.Samples)
        {
            report.Rss.AddRange(Rss.Samples);
        }
        http.Dispose();
        await Hub.DisposeAsync();
    }
}
