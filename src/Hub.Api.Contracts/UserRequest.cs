namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/v1/users</c>: adds a member to the caller's workspace with <see cref="Role"/> (viewer, editor,
/// admin). Without <see cref="Password"/> a new user gets a generated one-time password, shown once in the answer.
/// A user of another workspace is added as they are (no password may be given for them).
/// </summary>
public sealed record UserRequest(string? Email, string? Role, string? Password = null);
