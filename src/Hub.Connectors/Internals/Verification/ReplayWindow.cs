namespace Hub.Connectors.Internals.Verification;

/// <summary>The replay check shared by the timestamped schemes.</summary>
internal static class ReplayWindow
{
    /// <summary>
    /// True when <paramref name="signedAt"/> is within <paramref name="tolerance"/> of <paramref name="now"/> either way:
    /// a timestamp from the future is as suspect as a stale one (a captured request replayed after a clock change).
    /// </summary>
    public static bool Contains(DateTimeOffset signedAt, DateTimeOffset now, TimeSpan tolerance) =>
        (now - signedAt).Duration() <= tolerance;
}
