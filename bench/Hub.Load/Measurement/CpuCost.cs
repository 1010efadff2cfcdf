namespace Hub.Load.Measurement;

/// <summary>CPU spent across one phase per expected answer: Hub's process and the load tool.</summary>
internal sealed record CpuCost(string Phase, long Events, TimeSpan Elapsed, CpuSnapshot Before, CpuSnapshot After)
{
    public double HubMicrosPerEvent => PerEvent(After.Hub - Before.Hub);

    public double ToolMicrosPerEvent => PerEvent(After.Tool - Before.Tool);

    /// <summary>Cores Hub kept busy on average over the phase.</summary>
    public double HubCores => Elapsed > TimeSpan.Zero ? (After.Hub - Before.Hub) / Elapsed : 0;

    private double PerEvent(TimeSpan cpu) => Events > 0 ? cpu.TotalMicroseconds / Events : 0;
}
