using System.ComponentModel.DataAnnotations;

namespace Hub.Runtime.Jobs;

/// <summary>Bound from <c>Hub:Jobs</c>: how failed jobs are retried.</summary>
public sealed class JobQueueOptions
{
    public const string Section = "Hub:Jobs";

    /// <summary>Attempts (a crash mid-job counts as one) before a job is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits about this long; each further one about twice as long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(10);
}
