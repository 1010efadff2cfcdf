using Hub.Access;
using System.Globalization;
using Hub.Api.Contracts;
using Hub.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Host.Api;

/// <summary>
/// The Studio's sign-in, outside <c>/api/v1</c>: an antiforgery token, a form that signs in (a session cookie) and
/// sign-out. Every post carries the token; a wrong email and a wrong password get the same 401, a locked user 423.
/// </summary>
internal static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        // Antiforgery is checked in the handlers rather than by the form binder, to answer with problem+json.
        var group = app.MapGroup("/account").WithTags("Account").DisableAntiforgery();
        group.MapGet("antiforgery", GetAntiforgery).WithSummary(
            $"An antiforgery token (and its cookie) for the sign-in form's {UserSessions.AntiforgeryFormField} field and, signed in, the {UserSessions.AntiforgeryHeader} header.");
        group.MapPost("sign-in", SignInAsync).WithSummary(
            "Signs in with the form fields email and password (and the antiforgery token): sets the Hub.Session cookie. " +
            "401 for a wrong email or password alike; 423 with lockedUntil after too many wrong passwords.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);
        group.MapPost("sign-out", SignOutAsync).WithSummary("Ends the session (with the antiforgery token in the header).");
        return app;
    }

    private static Ok<AntiforgeryResponse> GetAntiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryResponse(tokens.RequestToken!, UserSessions.AntiforgeryHeader, UserSessions.AntiforgeryFormField));
    }

    private static async Task<Results<Ok<SignedInResponse>, ValidationProblem, ProblemHttpResult>> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, UserSignIns signIns, FailedAuthThrottle failedAuth, [FromForm] string? email, [FromForm] string? password)
    {
        // Abuse limit: an address that failed too often is refused before any password is checked.
        if (failedAuth.IsBlocked(context.Connection.RemoteIpAddress, out var retryAfterSeconds))
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(TooManyRequests.FailedAuth(failedAuth.Limit, retryAfterSeconds));
        }
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AntiforgeryProblem();
        }
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (string.IsNullOrWhiteSpace(email))
            {
                errors["email"] = ["The email is required."];
            }
            if (string.IsNullOrEmpty(password))
            {
                errors["password"] = ["The password is required."];
            }
            return TypedResults.ValidationProblem(errors, title: "Sign-in needs an email and a password.");
        }
        switch (await signIns.SignInAsync(context, email.Trim(), password))
        {
            case SignInOutcome.SignedIn signedIn:
                return TypedResults.Ok(new SignedInResponse(signedIn.User.Id, signedIn.User.Email!, signedIn.User.IsOwner,
                    [.. signedIn.Memberships.Select(m => new MembershipResponse(m.WorkspaceId, m.Role))]));
            case SignInOutcome.LockedOut locked:
                // Identity times lockouts by the system clock, not Hub's TimeProvider.
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((locked.Until - DateTimeOffset.UtcNow).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status423Locked,
                    title: "Locked",
                    detail: $"Too many wrong passwords: sign-in is refused until {locked.Until.UtcDateTime:O}.",
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["lockedUntil"] = locked.Until.ToUniversalTime() });
            case SignInOutcome.NoWorkspace:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "This user is a member of no workspace.");
            default:
                failedAuth.RecordFailure(context.Connection.RemoteIpAddress);
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: "The email or the password is wrong.");
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AntiforgeryProblem();
        }
        await context.SignOutAsync(UserSessions.Scheme);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult AntiforgeryProblem() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Antiforgery token missing or invalid",
            detail: $"Send the token from GET /account/antiforgery in the {UserSessions.AntiforgeryFormField} form field or the {UserSessions.AntiforgeryHeader} header.");
}
