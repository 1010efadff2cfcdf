using System.Security.Cryptography;
using Hub.Access;
using Hub.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Users;

/// <summary>
/// The members of the request's workspace (the context's scope): added with a role, listed, removed. A user is one
/// person across workspaces, found by email; removing a membership leaves the user to their other workspaces.
/// </summary>
public sealed class WorkspaceMembers(UserManager<HubUser> users, HubDbContext db, TimeProvider clock)
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public async Task<IReadOnlyList<(WorkspaceMember Member, HubUser User)>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.WorkspaceMembers.AsNoTracking()
            .Join(db.HubUsers.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new { Member = m, User = u })
            .OrderBy(r => r.User.NormalizedEmail)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Member, r.User)).ToList();
    }

    /// <summary>
    /// Adds <paramref name="email"/> to the workspace as <paramref name="role"/>: a new user with
    /// <paramref name="password"/> (or a generated one-time password), or a user of another workspace as they are.
    /// </summary>
    public async Task<MemberChange> AddAsync(string? email, string? password, string? role, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(email))
        {
            errors["email"] = ["The user's email is required."];
        }
        if (!AccessRoles.IsAssignable(role))
        {
            errors["role"] = [$"The role must be one of: {string.Join(", ", AccessRoles.Assignable)}."];
        }
        if (errors.Count > 0)
        {
            return new MemberChange.Invalid(errors);
        }
        if (!await db.Workspaces.AnyAsync(w => w.Id == db.WorkspaceId, cancellationToken))
        {
            return new MemberChange.Invalid(new Dictionary<string, string[]> { ["Hub-Workspace"] = [$"No workspace '{db.WorkspaceId}'."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByEmailAsync(email!.Trim());
        string? generated = null;
        if (user is null)
        {
            generated = password is null ? RandomNumberGenerator.GetString(PasswordAlphabet, 20) : null;
            user = new HubUser { UserName = email.Trim(), Email = email.Trim(), CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, password ?? generated!);
            if (!created.Succeeded)
            {
                return new MemberChange.Invalid(IdentityErrors(created));
            }
        }
        else if (password is not null)
        {
            return new MemberChange.Conflict("A user with this email exists; add them without a password, theirs stays as it is.");
        }
        else if (await db.WorkspaceMembers.AnyAsync(m => m.UserId == user.Id, cancellationToken))
        {
            return new MemberChange.Conflict("This user is already a member of the workspace.");
        }
        var member = new WorkspaceMember { UserId = user.Id, Role = role!, CreatedAt = clock.GetUtcNow() };
        db.WorkspaceMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MemberChange.Added(user, member, generated);
    }

    /// <summary>Removes the user from the workspace; their sessions lose it from the next request.</summary>
    public async Task<bool> RemoveAsync(string userId, CancellationToken cancellationToken) =>
        await db.WorkspaceMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    // Identity's codes name the field: a password too short, an email already taken or malformed.
    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray(), StringComparer.Ordinal);
}
