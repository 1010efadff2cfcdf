namespace Hub.Users;

/// <summary>The Studio's session: a cookie authentication scheme and the antiforgery token that goes with it.</summary>
public static class UserSessions
{
    /// <summary>The cookie authentication scheme; also the identity's authentication type.</summary>
    public const string Scheme = "Session";

    public const string CookieName = "Hub.Session";

    public const string AntiforgeryCookieName = "Hub.Antiforgery";

    /// <summary>The header a session's unsafe request carries its antiforgery token in.</summary>
    public const string AntiforgeryHeader = "Hub-Antiforgery";

    /// <summary>The sign-in form's field for the token.</summary>
    public const string AntiforgeryFormField = "__RequestVerificationToken";

    /// <summary>The user's security stamp when the session began: a changed password ends every session.</summary>
    internal const string StampClaim = "hub:stamp";
}
