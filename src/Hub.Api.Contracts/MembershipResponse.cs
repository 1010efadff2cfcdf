namespace Hub.Api.Contracts;

/// <summary>A user's role in one workspace.</summary>
public sealed record MembershipResponse(string Workspace, string Role);
