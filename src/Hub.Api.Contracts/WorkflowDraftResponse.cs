namespace Hub.Api.Contracts;

/// <summary>The unpublished edit of a workflow, as YAML (a draft saved as JSON is kept in its YAML form).</summary>
public sealed record WorkflowDraftResponse(string WorkflowId, string Name, string Source, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
