namespace Hub.Intake.Internals;

/// <summary>One webhook waiting for the group commit that makes it durable.</summary>
internal sealed class PendingInbound(InboundRequest request)
{
    public InboundRequest Request { get; } = request;

    public TaskCompletionSource<InboundCommitResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
