using Hub.Access;
using Hub.Api.Contracts;
using Hub.Host.Infrastructure;
using Hub.Connectors;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary><c>POST /webhooks/{connectorId}</c>: fast, honest answers; 2xx only once the request is committed.</summary>
internal static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<HubRoles>().Ingest)
        {
            return app; // Hub:Roles without ingest: this process only works jobs
        }
        app.MapPost("/webhooks/{connectorId}", ReceiveAsync)
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Accepted<WebhookAccepted>, Ok<WebhookAccepted>, Ok<WebhookPing>, ContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult>> ReceiveAsync(
        string connectorId, HttpContext http, WebhookReceiver receiver, WebhookThrottle throttle, TimeProvider time, CancellationToken ct)
    {
        var receivedAt = time.GetUtcNow();
        var connector = await receiver.ResolveAsync(connectorId, ct);
        if (connector is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown connector", $"No connector '{connectorId}' is configured.");
        }
        // The connector's rate limit (Hub:Limits:Webhooks), before its body is read: a refused request costs next to nothing and stores nothing.
        if (!throttle.TryAcquire(connector.Id, out var retryAfterSeconds))
        {
            TooManyRequests.SetRetryAfter(http.Response, retryAfterSeconds);
            return TypedResults.Problem(TooManyRequests.Webhooks(connector.Id, throttle.Limit, retryAfterSeconds));
        }
        var body = await RequestBodies.ReadAsync(http.Request, connector.MaxBodyBytes, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body exceeds {connector.MaxBodyBytes} bytes.");
        }
        var request = new WebhookRequest(
            http.Request.Method,
            http.Request.Path + http.Request.QueryString,
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            receivedAt);
        if (connector.Definition.IsPing(request))
        {
            // Checked before content type and signature: such pings are unsigned and often form-encoded.
            return TypedResults.Ok(new WebhookPing());
        }
        var result = await receiver.ReceiveAsync(connector, request, http.Request.ContentType, ct);
        var reply = connector.Definition.AcceptedReply;
        return result.Status switch
        {
            // Some senders need a specific answer (Salesforce's SOAP Ack), on redeliveries too, or they resend forever.
            ReceiveStatus.Accepted or ReceiveStatus.Duplicate when reply is not null
                => TypedResults.Text(reply.Body, reply.ContentType, statusCode: reply.Status),
            ReceiveStatus.Accepted => TypedResults.Accepted((string?)null, new WebhookAccepted(result.RequestId!.Value, Duplicate: false)),
            ReceiveStatus.Duplicate => TypedResults.Ok(new WebhookAccepted(result.RequestId!.Value, Duplicate: true)),
            // No detail: a caller probing signatures learns nothing.
            ReceiveStatus.Unauthorized => TypedResults.Unauthorized(),
            ReceiveStatus.UnsupportedMediaType => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", result.Detail),
            ReceiveStatus.InvalidBody => Problem(StatusCodes.Status400BadRequest, "Invalid body", result.Detail),
            _ => Problem(StatusCodes.Status404NotFound, "Unknown connector", result.Detail),
        };
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
