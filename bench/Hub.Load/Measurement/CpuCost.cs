namespace Hub.Load.Measurement;

/// <summary>CPU spent across one phase per expected answer: Hub's process, the load tool, and the whole machine.</summary>
internal sealed record CpuCost(string Phase, long Events, TimeSpan Elapsed, CpuSnapshot Before, CpuSnapshot After)
{
    public double HubMicrosPerEvent => PerEvent(After.Hub - Before.Hub);

    public double ToolMicrosPerEvent => PerEvent(After.Tool - Before.Tool);

    public double MachineMicrosPerEvent => PerEvent(After.Machine - Before.Machine);

    /// <summary>Busy cores of the whole machine over the phase (2.0 = both cores of a 2-core machine all the time).</summary>
    public double MachineCores => Elapsed > TimeSpan.Zero ? (After.Machine - Before.Machine) / Elapsed : 0;

    private double PerEvent(TimeSpan cpu) => Events > 0 ? cpu.TotalMicroseconds / Events : 0;
}
