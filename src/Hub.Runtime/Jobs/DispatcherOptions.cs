using System.ComponentModel.DataAnnotations;

namespace Hub.Runtime.Jobs;

/// <summary>Bound from <c>Hub:Dispatcher</c>.</summary>
public sealed class DispatcherOptions : IValidatableObject
{
    public const string Section = "Hub:Dispatcher";

    /// <summary>The lanes this process works, with their own workers; <see cref="JobLanes.Default"/> and <see cref="JobLanes.Bulk"/> unless configured.</summary>
    public Dictionary<string, LaneOptions> Lanes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [JobLanes.Default] = new LaneOptions { Concurrency = 4, BatchSize = 32 },
        [JobLanes.Bulk] = new LaneOptions { Concurrency = 1, BatchSize = 64 },
        // Small batches whose provider calls go side by side (IJobEffectHandler): a batch waits for its slowest call,
        // bounded by the provider's timeout, so a slow provider holds back a few messages, not a lane.
        [JobLanes.Delivery] = new LaneOptions { Concurrency = 16, BatchSize = 8 },
    };

    /// <summary>How long a claim lasts without renewal; a dead worker's jobs are taken over after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Fallback polling when no signal arrives (retries and timers coming due). Work stored by this process, and on
    /// PostgreSQL by any process, wakes the workers at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A batch running longer than this is cancelled and its jobs retried.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Off in a process that only takes webhooks (<c>Hub:Roles</c> without <c>worker</c>).</summary>
    public bool Enabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (lane, options) in Lanes)
        {
            if (options.Concurrency is < 0 or > 256 || options.BatchSize is < 1 or > 1000)
            {
                yield return new ValidationResult($"Hub:Dispatcher:Lanes:{lane} needs Concurrency 0–256 and BatchSize 1–1000.");
            }
        }
    }
}
