namespace Hub.Api.Contracts;

/// <summary><c>POST /api/v1/workspaces</c>.</summary>
public sealed record WorkspaceRequest(string? Id, string? Name);
