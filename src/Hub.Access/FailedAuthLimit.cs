namespace Hub.Access;

/// <summary>
/// After <see cref="Failures"/> failed authentications from one source address within <see cref="Window"/>, that
/// address is refused until the window has passed. <c>Failures = 0</c> turns the limit off.
/// </summary>
public sealed class FailedAuthLimit
{
    /// <summary>How many failures an address may have within a window; 0 = no limit.</summary>
    public int Failures { get; set; } = 10;

    /// <summary>The window the failures are counted in; it starts at an address's first failure.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsOff => Failures == 0;

    /// <summary>What is wrong with these values, for <paramref name="path"/>; null when they are fine.</summary>
    public string? Problem(string path) =>
        Failures is < 0 or > 1_000_000 ? $"{path}:Failures must be 0 (off) to 1000000."
        : Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1) ? $"{path}:Window must be 00:00:01 to 1.00:00:00."
        : null;
}
