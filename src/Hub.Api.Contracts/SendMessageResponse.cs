namespace Hub.Api.Contracts;

/// <summary>The message the send created (on the first channel that could take it) and its status when it was accepted.</summary>
public sealed record SendMessageResponse(Guid Id, string Status, string Channel, Guid RequestId);
