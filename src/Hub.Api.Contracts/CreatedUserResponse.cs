namespace Hub.Api.Contracts;

/// <summary>Answer to <c>POST /api/v1/users</c>.</summary>
/// <param name="OneTimePassword">The password Hub generated when none was given: shown only now, to hand to the user.</param>
public sealed record CreatedUserResponse(string Id, string Email, string Role, string? OneTimePassword);
