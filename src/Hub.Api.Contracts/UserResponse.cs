namespace Hub.Api.Contracts;

/// <summary>A member of the caller's workspace; passwords and their hashes are never part of it.</summary>
/// <param name="LockedUntil">Set while too many wrong passwords lock the user out.</param>
public sealed record UserResponse(string Id, string Email, string Role, DateTimeOffset AddedAt, DateTimeOffset? LockedUntil);
