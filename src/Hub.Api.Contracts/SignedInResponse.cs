namespace Hub.Api.Contracts;

/// <summary>
/// Answer to <c>POST /account/sign-in</c>: who signed in and their workspaces, the first being the one a request acts
/// in without a <c>Hub-Workspace</c> header. Owners act as owner in every workspace.
/// </summary>
public sealed record SignedInResponse(string Id, string Email, bool Owner, IReadOnlyList<MembershipResponse> Workspaces);
