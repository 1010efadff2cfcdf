namespace Hub.Runtime.Jobs;

/// <summary>
/// Lanes keep kinds of work apart: each has its own claim loop and workers (<c>Hub:Dispatcher:Lanes</c>), so that a
/// million-recipient campaign or a mass replay in <see cref="Bulk"/> never delays an order confirmation in <see cref="Default"/>.
/// </summary>
public static class JobLanes
{
    public const string Default = "default";
    public const string Bulk = "bulk";

    /// <summary>
    /// Handing messages to providers: work that mostly waits on the network, so many small batches run side by side
    /// and one slow provider answer holds up a few messages, not a whole batch of them.
    /// </summary>
    public const string Delivery = "delivery";
}
