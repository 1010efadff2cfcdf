namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// The simulation's clock: it stands still while work runs and moves only when the run moves it to the next due
/// time, so delays of days take no time and every timestamp is reproducible.
/// </summary>
internal sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves forward only: a due time already passed leaves the clock where it is.</summary>
    public void MoveTo(DateTimeOffset time)
    {
        if (time > _now)
        {
            _now = time.ToUniversalTime();
        }
    }
}
