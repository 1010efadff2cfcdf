using Hub.Load.Database;
using Hub.Load.HubPhases;
using Hub.Load.Measurement;

namespace Hub.Load.Report;

/// <summary>Everything one run measured, collected as the phases go, and the few figures the ratios are made of.</summary>
internal sealed class RunReport(LoadOptions options)
{
    public LoadOptions Options { get; } = options;

    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    public string Commit { get; set; } = "unknown";

    public string PostgresSettings { get; set; } = "";

    public string SqliteSettings { get; set; } = "";

    public List<LoadResult> Loads { get; } = [];

    public List<EndToEndResult> EndToEnd { get; } = [];

    public List<LedgerResult> Ledgers { get; } = [];

    public List<PgCost> Costs { get; } = [];

    public List<RssSample> Rss { get; } = [];

    public List<CpuCost> Cpu { get; } = [];

    /// <summary>Phases that could not run, and why (e.g. Hub has no webhook provider yet).</summary>
    public List<string> Problems { get; } = [];

    public PgCost? Idle { get; set; }

    public LoadResult? EmptyKestrel { get; set; }

    public LoadResult? SinkAlone { get; set; }

    public LoadResult? PostgresInsert { get; set; }

    public LoadResult? PostgresBatch { get; set; }

    public LoadResult? SqliteInsert { get; set; }

    public Dictionary<string, LoadResult> HubReject { get; } = [];

    public Dictionary<string, LoadResult> HubIngest { get; } = [];

    public Dictionary<string, EndToEndResult> HubEndToEndMax { get; } = [];

    public Dictionary<string, EndToEndResult> HubEndToEndHalf { get; } = [];

    public Dictionary<string, PgCost> HubEndToEndCost { get; } = [];

    public bool Void => Ledgers.Any(l => !l.Balances) || Loads.Any(l => !l.Balances);

    public void Add(LoadResult load)
    {
        Loads.Add(load);
        Console.WriteLine(Line(load));
    }

    public void Add(EndToEndResult result)
    {
        EndToEnd.Add(result);
        Console.WriteLine($"  e2e {result.Phase}: {result.Delivered}/{result.Acknowledged} delivered, {result.DeliveredPerSecond:F0}/s, " +
                          $"p50 {result.Latency.P50:F1} ms, p99 {result.Latency.P99:F1} ms, drained in {result.DrainAfterLastSend.TotalSeconds:F1} s");
    }

    public void Add(PgCost cost)
    {
        Costs.Add(cost);
        Console.WriteLine($"  pg {cost.Phase}: {cost.Transactions} transactions, {cost.WalBytes} WAL bytes for {cost.Events} events");
    }

    public void Add(CpuCost cost)
    {
        Cpu.Add(cost);
        Console.WriteLine($"  cpu {cost.Phase}: Hub {cost.HubMicrosPerEvent:F0} µs, tool {cost.ToolMicrosPerEvent:F0} µs per answer " +
                          $"({cost.Events} answers, Hub {cost.HubCores:F2} cores busy)");
    }

    public void Add(LedgerResult ledger)
    {
        Ledgers.Add(ledger);
        Console.WriteLine($"  ledger {ledger.Phase}: {(ledger.Balances ? "balances" : "DOES NOT BALANCE")} " +
                          $"(sent {ledger.Sent}, acked {ledger.Acknowledged}, delivered {ledger.Delivered}, dead {ledger.DeadLettered}, pending {ledger.Pending}, lost {ledger.Lost}) {ledger.Note}");
    }

    public void Problem(string problem)
    {
        Problems.Add(problem);
        Console.WriteLine($"  PROBLEM: {problem}");
    }

    private static string Line(LoadResult l) =>
        $"{l.Name} [{l.Model}]: {l.ItemsPerSecond:F0}/s, p50 {l.Latency.P50:F2} ms, p99 {l.Latency.P99:F2} ms, " +
        $"sent {l.Sent}, expected {l.Expected}, other {l.OtherStatus}, transport errors {l.TransportErrors}";
}
