namespace Hub.Intake.Internals;

/// <summary>
/// Stores a group of webhooks with their ingest jobs in one transaction and tells new rows from redeliveries. One
/// writer serves one committer loop for as long as it works (its connection stays open between groups); a writer that
/// failed is disposed and replaced.
/// </summary>
internal interface IInboundGroupWriter : IAsyncDisposable
{
    /// <summary>One result per request, in order; returns only once the group is durable.</summary>
    Task<IReadOnlyList<InboundCommitResult>> WriteAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken);
}
