namespace Hub.Host.Infrastructure;

/// <summary>A clock that starts at a chosen instant and then runs normally; lets tests replay signed vectors with old timestamps.</summary>
internal sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _startedAt = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_startedAt);
}
