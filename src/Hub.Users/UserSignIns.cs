using Hub.Storage;
using Hub.Users.Internals;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Users;

/// <summary>
/// The Studio's sign-in: Identity checks the password and counts failures (<see cref="UsersOptions.MaxFailedSignIns"/>
/// in a row lock the user for <see cref="UsersOptions.LockoutDuration"/>); a right password starts a cookie session.
/// </summary>
public sealed class UserSignIns(UserManager<HubUser> users, IPasswordHasher<HubUser> hasher, HubDbContext db)
{
    // Checked against when no user has the email, so that an unknown email takes as long as a wrong password.
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<HubUser>().HashPassword(new HubUser(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(HttpContext context, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new HubUser(), UnknownUserHash.Value, password);
            return new SignInOutcome.WrongCredentials();
        }
        if (await users.IsLockedOutAsync(user))
        {
            return new SignInOutcome.LockedOut((await users.GetLockoutEndDateAsync(user))!.Value);
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user)
                ? new SignInOutcome.LockedOut((await users.GetLockoutEndDateAsync(user))!.Value)
                : new SignInOutcome.WrongCredentials();
        }
        await users.ResetAccessFailedCountAsync(user);
        var memberships = await db.WorkspaceMembers.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.WorkspaceId)
            .ToListAsync(context.RequestAborted);
        if (memberships.Count == 0 && !user.IsOwner)
        {
            return new SignInOutcome.NoWorkspace();
        }
        await context.SignInAsync(UserSessions.Scheme, SessionPrincipals.ForCookie(user), new AuthenticationProperties { IsPersistent = false });
        return new SignInOutcome.SignedIn(user, memberships);
    }
}
