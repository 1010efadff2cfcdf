namespace Hub.Users;

/// <summary>What a sign-in came to.</summary>
public abstract record SignInOutcome
{
    private SignInOutcome()
    {
    }

    /// <summary>Signed in (the cookie is set); the user's workspaces, first the one a request acts in by default.</summary>
    public sealed record SignedIn(HubUser User, IReadOnlyList<WorkspaceMember> Memberships) : SignInOutcome;

    /// <summary>No such email, or the wrong password: the answer does not say which.</summary>
    public sealed record WrongCredentials : SignInOutcome;

    /// <summary>Too many wrong passwords: every sign-in is refused until <paramref name="Until"/>.</summary>
    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;

    /// <summary>The password is right but the user is a member of no workspace (every membership removed).</summary>
    public sealed record NoWorkspace : SignInOutcome;
}
