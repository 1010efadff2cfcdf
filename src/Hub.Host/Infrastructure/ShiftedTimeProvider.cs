namespace Hub.Host.Infrastructure;

/// <summary>
/// The <c>Testing</c> environment's clock: it starts at a chosen instant (<c>Hub:Testing:Now</c>, so that signed
/// vectors with old timestamps verify) or now, runs normally, and a test may move it forward
/// (<c>POST /api/v1/testing/clock</c>) to see what a held message or a timer does hours later.
/// </summary>
internal sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _startedAt = System.GetTimestamp();
    private long _advancedTicks;

    public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_startedAt) + TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    /// <summary>Moves the clock forward by <paramref name="by"/> (never back: due times already passed stay passed).</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _advancedTicks, by.Ticks);
        return GetUtcNow();
    }
}
