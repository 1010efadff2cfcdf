namespace Hub.Api.Contracts;

/// <summary>A workflow: the version new events start, every stored version (newest first), and the draft if any.</summary>
public sealed record WorkflowDetailResponse(
    string Id, string Name, WorkflowPublishedResponse? Published, IReadOnlyList<WorkflowVersionResponse> Versions,
    WorkflowDraftResponse? Draft, DateTimeOffset UpdatedAt);
