using System.ComponentModel.DataAnnotations;

namespace Hub.Pipeline.Jobs;

/// <summary>Bound from <c>Hub:Dispatcher</c>.</summary>
public sealed class DispatcherOptions
{
    public const string Section = "Hub:Dispatcher";

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 32;

    /// <summary>Jobs run at once by this process.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 8;

    /// <summary>How long a claim lasts without renewal; a dead worker's jobs are taken over after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fallback polling when no in-process signal arrives (work from other nodes, retries coming due).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A handler running longer than this is cancelled and its job retried.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public bool Enabled { get; set; } = true;
}
