namespace Hub.Access;

/// <summary>
/// A token bucket: <see cref="PerSecond"/> requests a second on average, up to <see cref="Burst"/> at once after a
/// quiet spell. <c>PerSecond = 0</c> turns the limit off.
/// </summary>
public sealed class RateLimit
{
    /// <summary>The sustained rate; 0 = no limit.</summary>
    public int PerSecond { get; set; }

    /// <summary>The bucket's size: how many requests pass at once after a quiet spell; 0 = <see cref="PerSecond"/>.</summary>
    public int Burst { get; set; }

    public bool IsOff => PerSecond == 0;

    /// <summary>The bucket's size, <see cref="Burst"/> or, without one, <see cref="PerSecond"/>.</summary>
    public int BucketSize => Burst == 0 ? PerSecond : Burst;

    /// <summary>What is wrong with these values, for <paramref name="path"/> (<c>Hub:Limits:Webhooks</c>); null when they are fine.</summary>
    public string? Problem(string path) =>
        PerSecond is < 0 or > 1_000_000 ? $"{path}:PerSecond must be 0 (off) to 1000000."
        : Burst is < 0 or > 10_000_000 ? $"{path}:Burst must be 0 (the same as PerSecond) to 10000000."
        : Burst != 0 && Burst < PerSecond ? $"{path}:Burst ({Burst}) must be 0 or at least PerSecond ({PerSecond})."
        : null;
}
