using Hub.Access;
using System.Text.Json.Nodes;
using System.Xml;
using Hub.Host.Infrastructure;
using Hub.Runtime.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>
/// Only in the <c>Testing</c> environment: moves this process's clock forward, so that a test sees at once what a
/// held message or a timer does hours later. Jobs fall due against the same clock (claims compare with its now), and
/// every idle lane is woken to claim what just fell due.
/// </summary>
internal static class TestingApi
{
    public static IEndpointRouteBuilder MapTestingApi(this IEndpointRouteBuilder app, IWebHostEnvironment environment)
    {
        if (!environment.IsEnvironment("Testing"))
        {
            return app;
        }
        var group = app.MapAdminGroup("testing", "Testing", AccessPolicies.Admin);
        group.MapPost("/clock", Advance).WithSummary("Testing only: moves the clock forward by an ISO 8601 duration, such as {\"advance\": \"PT9H\"}.");
        return app;
    }

    private static Results<Ok<JsonObject>, ValidationProblem> Advance(JsonObject body, ShiftedTimeProvider clock, JobSignal signal)
    {
        TimeSpan by;
        try
        {
            by = XmlConvert.ToTimeSpan((string?)body["advance"] ?? "");
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException)
        {
            return Invalid();
        }
        if (by < TimeSpan.Zero)
        {
            return Invalid();
        }
        var now = clock.Advance(by);
        signal.NotifyAll();
        return TypedResults.Ok(new JsonObject { ["now"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static ValidationProblem Invalid() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["advance"] = ["Give a positive ISO 8601 duration, such as PT9H or P1DT2H."] });
}
