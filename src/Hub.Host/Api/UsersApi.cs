using Hub.Access;
using Hub.Api.Contracts;
using Hub.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>
/// The members of the caller's workspace (admins): added with a role and a password (or a generated one-time
/// password, shown once), listed without any password or hash, removed. Owners come from configuration.
/// </summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("users", "Users", AccessPolicies.Admin);
        group.MapGet("", ListAsync).WithSummary("The members of the caller's workspace, with their roles.");
        group.MapPost("", CreateAsync).WithSummary(
            "Adds a member to the caller's workspace with a role (viewer, editor, admin): a new user with the password given " +
            "or a generated one-time password (in the answer, only then), or a user of another workspace as they are.");
        group.MapDelete("{id}", DeleteAsync).WithSummary("Removes the user from the caller's workspace; their sessions lose it at once.");
        return app;
    }

    private static async Task<Ok<UserResponse[]>> ListAsync(WorkspaceMembers members, CancellationToken ct)
    {
        // Identity times lockouts by the system clock, not Hub's TimeProvider.
        var now = DateTimeOffset.UtcNow;
        var list = await members.ListAsync(ct);
        return TypedResults.Ok(list.Select(m => new UserResponse(m.User.Id, m.User.Email!, m.Member.Role, m.Member.CreatedAt,
            m.User.LockoutEnd > now ? m.User.LockoutEnd : null)).ToArray());
    }

    private static async Task<Results<Created<CreatedUserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        UserRequest body, WorkspaceMembers members, CancellationToken ct)
    {
        switch (await members.AddAsync(body.Email, body.Password, body.Role, ct))
        {
            case MemberChange.Added added:
                return TypedResults.Created($"/api/v1/users/{added.User.Id}",
                    new CreatedUserResponse(added.User.Id, added.User.Email!, added.Member.Role, added.GeneratedPassword));
            case MemberChange.Conflict conflict:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: conflict.Detail);
            case MemberChange.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, title: "The user is not valid.");
            default:
                throw new InvalidOperationException("Unknown member change.");
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, WorkspaceMembers members, CancellationToken ct) =>
        await members.RemoveAsync(id, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No member '{id}' in this workspace.");
}
