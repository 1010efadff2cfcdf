namespace Hub.Runtime.Jobs;

/// <summary>
/// Lanes keep kinds of work apart: each has its own claim loop and workers (<c>Hub:Dispatcher:Lanes</c>), so that a
/// million-recipient campaign or a mass replay in <see cref="Bulk"/> never delays an order confirmation in <see cref="Default"/>.
/// </summary>
public static class JobLanes
{
    public const string Default = "default";
    public const string Bulk = "bulk";
}
