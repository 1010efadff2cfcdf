namespace Hub.Access.Internals;

/// <summary>One address's failures in its current window; guarded by its own lock.</summary>
internal sealed class FailureWindow
{
    public int Count { get; set; }

    public DateTimeOffset Ends { get; set; }
}
