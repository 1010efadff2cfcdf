namespace Hub.Workflows;

/// <summary>
/// How often a step that failed for a reason that may pass (a CRM answering 503, a provider lookup timing out) is
/// tried before its instance faults: <c>retry: { attempts, backoff, max_backoff }</c> beside the step's kind. Each
/// wait doubles the one before, up to <see cref="MaxBackoff"/>. A failure that cannot pass (a bad expression, a
/// refused address, a 4xx) faults at once, whatever the policy.
/// </summary>
public sealed record StepRetry(int Attempts, TimeSpan Backoff, TimeSpan MaxBackoff)
{
    public const int MostAttempts = 20;
    public static readonly TimeSpan ShortestBackoff = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestBackoff = TimeSpan.FromDays(1);

    /// <summary>A step without <c>retry</c>: five tries over about five minutes.</summary>
    public static StepRetry Default { get; } = new(5, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed try (1-based).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var ticks = Math.Min(Backoff.Ticks * Math.Pow(2, doublings), MaxBackoff.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
