using Hub.Users;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Host.Infrastructure;

/// <summary>
/// The default authentication scheme: a request with an <c>Authorization</c> header is a key's (the admin key
/// scheme), any other the Studio's session cookie's. Both give the same claims, so one set of policies serves both.
/// Challenges and forbids are the key scheme's (401/403 problem+json), never the cookie's redirects.
/// </summary>
internal static class CallerScheme
{
    public const string Name = "Hub";

    public static AuthenticationBuilder AddCallerScheme(this AuthenticationBuilder builder) =>
        builder.AddPolicyScheme(Name, "API key or Studio session", o =>
        {
            o.ForwardDefaultSelector = c => c.Request.Headers.Authorization.Count > 0 ? AdminKeyAuthenticationHandler.SchemeName : UserSessions.Scheme;
            o.ForwardChallenge = AdminKeyAuthenticationHandler.SchemeName;
            o.ForwardForbid = AdminKeyAuthenticationHandler.SchemeName;
            o.ForwardSignIn = UserSessions.Scheme;
            o.ForwardSignOut = UserSessions.Scheme;
        });
}
