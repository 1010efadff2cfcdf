using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Access;

/// <summary>
/// The 429 answers of the abuse limits: problem+json naming the limit that was met (<c>limit</c>: its configuration
/// section) and how to raise it, with <c>Retry-After</c> in seconds.
/// </summary>
public static class TooManyRequests
{
    public const string Title = "Too many requests";

    public static ProblemDetails Webhooks(string connectorId, RateLimit limit, int retryAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return Problem($"{LimitsOptions.Section}:{nameof(LimitsOptions.Webhooks)}",
            $"Connector '{connectorId}' takes at most {limit.PerSecond} webhooks a second (bursts of {limit.BucketSize}) on this Hub process. " +
            $"Retry after {retryAfterSeconds} s. To raise the limit set Hub:Limits:Webhooks:PerSecond and Hub:Limits:Webhooks:Burst (PerSecond 0 turns it off).");
    }

    public static ProblemDetails AdminApi(RateLimit limit, int retryAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return Problem($"{LimitsOptions.Section}:{nameof(LimitsOptions.AdminApi)}",
            $"One API key (or user) may make at most {limit.PerSecond} admin API requests a second (bursts of {limit.BucketSize}) on this Hub process. " +
            $"Retry after {retryAfterSeconds} s. To raise the limit set Hub:Limits:AdminApi:PerSecond and Hub:Limits:AdminApi:Burst (PerSecond 0 turns it off).");
    }

    public static ProblemDetails FailedAuth(FailedAuthLimit limit, int retryAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return Problem($"{LimitsOptions.Section}:{nameof(LimitsOptions.FailedAuth)}",
            $"Too many failed authentications from this address ({limit.Failures} within {limit.Window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s); " +
            $"its requests are refused until the window has passed. Retry after {retryAfterSeconds} s. " +
            "The limit is Hub:Limits:FailedAuth:Failures and Hub:Limits:FailedAuth:Window (Failures 0 turns it off).");
    }

    /// <summary>Sets <c>Retry-After</c> on the response, for an endpoint that returns the problem as its result.</summary>
    public static void SetRetryAfter(HttpResponse response, int retryAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Answers 429 with <paramref name="problem"/> and <c>Retry-After</c>, from a middleware.</summary>
    public static async ValueTask WriteAsync(HttpContext context, ProblemDetails problem, int retryAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        SetRetryAfter(context.Response, retryAfterSeconds);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static ProblemDetails Problem(string limit, string detail) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = Title,
        Detail = detail,
        Extensions = { ["limit"] = limit },
    };
}
