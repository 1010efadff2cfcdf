namespace Hub.Intake;

/// <summary>The stored request's id, and whether an earlier delivery with the same id had stored it already.</summary>
public readonly record struct InboundCommitResult(Guid RequestId, bool Duplicate);
