using Hub.Core.Json;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Checks a JSON body of the admin API as <see cref="StrictJson"/> before model binding sees it. The binder takes
/// duplicate keys (last one wins, or an exception for a <c>JsonObject</c>) and decodes strings lazily, so a lone
/// surrogate in <c>settings</c> or <c>data</c> would otherwise become a 500 wherever it is first read. Runs after
/// authentication: a caller without the key learns nothing about its body.
/// </summary>
internal sealed class StrictJsonBodyMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HasJsonBody(request))
        {
            await next(context);
            return;
        }
        // Kestrel's MaxRequestBodySize bounds the copy (413 through BadRequestHandler), as it bounds the binder.
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, context.RequestAborted);
        var body = copy.ToArray();
        if (StrictJson.FindProblem(body) is { } problem)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "Invalid body", problem);
            return;
        }
        // The binder reads the checked copy; the connection's stream is drained.
        request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    private static bool HasJsonBody(HttpRequest request)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return false;
        }
        var mediaType = request.ContentType?.Split(';', 2)[0].Trim();
        return mediaType is not null
            && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private Task RejectAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
