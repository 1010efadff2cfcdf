using Hub.Access;
using System.Globalization;
using Hub.Api.Contracts;
using Hub.Verifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>One-time codes: issue one (sent through the send path, masked in every stored message), then check it.</summary>
internal static class VerificationsApi
{
    public static IEndpointRouteBuilder MapVerificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("verifications", "Verifications", AccessPolicies.ReadEdit);
        group.MapPost("", IssueAsync).WithSummary("Sends a one-time code on the first channel that can carry it; 429 when the recipient had too many this hour.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("Shows a verification's status (never its code).");
        group.MapPost("/{id:guid}/check", CheckAsync).WithSummary("Checks a code: approved, denied, expired or locked.");
        return app;
    }

    private static async Task<Results<Created<VerificationResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        VerificationRequest request, VerificationIssuer issuer, HttpContext context, CancellationToken ct)
    {
        if (request.ExpiresIn is not null && request.Ttl is not null && request.ExpiresIn != request.Ttl)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ttl"] = ["Give expiresIn or ttl (the same), not both."] });
        }
        var result = await issuer.IssueAsync(new VerificationIssue
        {
            Phone = request.To?.Phone,
            Email = request.To?.Email,
            Channels = request.Channels,
            Length = request.Length,
            ExpiresInSeconds = request.ExpiresIn ?? request.Ttl,
            Template = request.Template,
            Locale = request.Locale,
        }, ct);
        if (result.RetryAfter is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many codes",
                detail: $"This recipient was sent the most codes allowed in an hour; try again in {seconds} s.");
        }
        if (result.Issued is not { } verification)
        {
            return TypedResults.ValidationProblem(result.Errors, title: "The verification cannot be sent.");
        }
        return TypedResults.Created($"/api/v1/verifications/{verification.Id}",
            new VerificationResponse(verification.Id, Describe(VerificationStatus.Pending), verification.ExpiresAt));
    }

    private static async Task<Results<Ok<VerificationResponse>, ProblemHttpResult>> GetAsync(Guid id, VerificationChecker checker, CancellationToken ct)
    {
        var found = await checker.FindAsync(id, ct);
        return found is { } f
            ? TypedResults.Ok(new VerificationResponse(f.Verification.Id, Describe(f.Status), f.Verification.ExpiresAt))
            : NotFound(id);
    }

    private static async Task<Results<Ok<VerificationCheckResponse>, ValidationProblem, ProblemHttpResult>> CheckAsync(
        Guid id, VerificationCheckRequest request, VerificationChecker checker, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Code) || request.Code.Length > 64)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["Required: the code the recipient received."] });
        }
        var status = await checker.CheckAsync(id, request.Code, ct);
        return status is { } answer ? TypedResults.Ok(new VerificationCheckResponse(Describe(answer))) : NotFound(id);
    }

    private static string Describe(VerificationStatus status) => status.ToString().ToLowerInvariant();

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Verification '{id}' does not exist.");
}
