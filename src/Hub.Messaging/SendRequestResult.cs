namespace Hub.Messaging;

/// <summary>The stored request, and its first message; or why every channel was skipped.</summary>
public sealed record SendRequestResult(Guid RequestId, Guid? MessageId, string? SkipReason);
