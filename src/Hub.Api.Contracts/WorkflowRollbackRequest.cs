namespace Hub.Api.Contracts;

/// <summary>Body of <c>POST /api/v1/workflows/{id}/rollback</c>: the number of the version to publish again.</summary>
public sealed record WorkflowRollbackRequest(int? Version);
