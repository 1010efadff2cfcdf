namespace Hub.Users;

/// <summary>What adding a member came to.</summary>
public abstract record MemberChange
{
    private MemberChange()
    {
    }

    /// <param name="GeneratedPassword">The one-time password Hub chose when none was given: shown to the caller once, never stored in clear.</param>
    public sealed record Added(HubUser User, WorkspaceMember Member, string? GeneratedPassword) : MemberChange;

    /// <summary>Bad input, by field; nothing stored.</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : MemberChange;

    public sealed record Conflict(string Detail) : MemberChange;
}
