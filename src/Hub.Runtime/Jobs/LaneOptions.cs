using System.ComponentModel.DataAnnotations;

namespace Hub.Runtime.Jobs;

/// <summary>Bound from <c>Hub:Dispatcher:Lanes:{lane}</c>: how many batches of a lane this process runs at once, and how large.</summary>
public sealed class LaneOptions
{
    /// <summary>Batches of this lane in flight at once; the lanes never share them.</summary>
    [Range(0, 256)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Most jobs claimed, run and committed together; under load a batch is whatever is already due, never a wait.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 32;
}
