namespace Hub.Api.Contracts;

/// <summary>One workflow in <c>GET /api/v1/workflows</c>: <see cref="PublishedVersion"/> is null while it has only a draft.</summary>
public sealed record WorkflowSummaryResponse(string Id, string Name, int? PublishedVersion, bool HasDraft, DateTimeOffset UpdatedAt);
