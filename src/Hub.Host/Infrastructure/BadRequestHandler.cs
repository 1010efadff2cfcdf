using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Host.Infrastructure;

/// <summary>
/// The client's fault, not Hub's: a body that arrives too slowly (Kestrel's MinRequestBodyDataRate), ends before its
/// Content-Length, breaks off because the client went away, or that the binder cannot read. Anyone can send those,
/// so they are answered with their status (408, 400, 413, 415) as problem+json and logged as one debug line, never
/// as an error with a stack trace.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // Nobody is listening for an answer any more.
            logger.LogDebug("The client closed the connection while {Method} {Path} was being served", httpContext.Request.Method, httpContext.Request.Path);
            return true;
        }
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        logger.LogDebug("Bad request {Method} {Path}: {Status} {Reason}", httpContext.Request.Method, httpContext.Request.Path, bad.StatusCode, bad.Message);
        if (httpContext.Response.HasStarted)
        {
            return true;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status408RequestTimeout ? "Request timeout" : "Bad request",
                Detail = Describe(bad),
            },
        });
    }

    /// <summary>Kestrel's or the binder's message; for a body the binder could not read, which field and why.</summary>
    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? $"{bad.Message} {WithoutPosition(json.Message)}" : bad.Message;

    // "… Path: $.type | LineNumber: 0 | BytePositionInLine: 10." names the field; the zero-based position adds nothing.
    private static string WithoutPosition(string message)
    {
        var suffix = message.IndexOf(" | LineNumber:", StringComparison.Ordinal);
        return suffix >= 0 ? message[..suffix] + "." : message;
    }
}
