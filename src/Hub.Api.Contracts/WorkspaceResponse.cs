namespace Hub.Api.Contracts;

public sealed record WorkspaceResponse(string Id, string Name, DateTimeOffset CreatedAt);
