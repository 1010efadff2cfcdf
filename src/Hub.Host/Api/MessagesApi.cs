using Hub.Access;
using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Idempotency;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

using Hub.Host.Infrastructure;

namespace Hub.Host.Api;

internal static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("messages", "Messages", AccessPolicies.ReadEdit)
            .AddEndpointFilter<PersonalDataMaskFilter>();
        group.MapGet("", ListAsync);
        group.MapPost("", SendAsync).WithSummary(
            "Sends a template with data, or a text, to a recipient on the first of its channels that can reach it (202 once stored). " +
            "An Idempotency-Key header is honoured for 24 hours: the same key answers the same status and body and sends nothing again; with another body it is refused (422).");
        group.MapGet("/{id:guid}", GetAsync).WithSummary(
            "The whole timeline of one message: its source, content, every attempt, every receipt, and each channel its send tried and why it moved on.");
        return app;
    }

    /// <summary>Messages, newest first; filter by <c>eventId</c>, <c>to</c>, <c>status</c>, <c>channel</c>.</summary>
    private static async Task<Results<Ok<List<MessageResponse>>, ValidationProblem>> ListAsync(
        HubDbContext db, string? eventId, string? to, string? status, string? channel, int? limit, int? offset, CancellationToken ct)
    {
        var query = db.Messages.AsNoTracking();
        if (!string.IsNullOrEmpty(eventId))
        {
            query = query.Where(m => m.EventId == eventId);
        }
        if (!string.IsNullOrEmpty(to))
        {
            query = query.Where(m => m.To == to);
        }
        if (!string.IsNullOrEmpty(channel))
        {
            query = query.Where(m => m.Channel == channel);
        }
        if (!StatusFilter.TryRead<MessageStatus>(status, out var wanted, out var errors))
        {
            return TypedResults.ValidationProblem(errors!);
        }
        if (wanted is { } messageStatus)
        {
            query = query.Where(m => m.Status == messageStatus);
        }
        var messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        return TypedResults.Ok(messages.Select(m => m.ToResponse()).ToList());
    }

    private static async Task<Results<Accepted<SendMessageResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        SendMessageRequest request, HttpContext http, DirectSends sends, CancellationToken ct)
    {
        var keys = http.Request.Headers[IdempotencyKeys.HeaderName];
        if (keys.Count > 1 || (keys.Count == 1 && !IdempotencyKeys.IsValid(keys[0]!)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid Idempotency-Key",
                detail: $"Send one {IdempotencyKeys.HeaderName} header of 1 to {IdempotencyKeys.MaxKeyLength} visible ASCII characters, such as a UUID.");
        }
        var outcome = await sends.SendAsync(request, keys.Count == 1 ? keys[0] : null, ct);
        if (outcome.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The message cannot be sent as asked.");
        }
        if (outcome.Problem is { } problem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: problem.Title, detail: problem.Detail);
        }
        if (outcome.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }
        return TypedResults.Accepted($"/api/v1/messages/{outcome.Response!.Id}", outcome.Response);
    }

    private static async Task<Results<Ok<MessageDetailResponse>, ProblemHttpResult>> GetAsync(Guid id, HubDbContext db, CancellationToken ct)
    {
        var message = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Message '{id}' does not exist.");
        }
        var attempts = await db.SendAttempts.AsNoTracking().Where(a => a.MessageId == id).OrderBy(a => a.Number).ThenBy(a => a.StartedAt).ToListAsync(ct);
        var receipts = await db.MessageReceipts.AsNoTracking().Where(r => r.MessageId == id).ToListAsync(ct);
        var route = await db.Messages.AsNoTracking().Where(m => m.SendRequestId == message.SendRequestId)
            .Select(m => new { m.Id, m.Channel, m.Provider, m.Status, m.MovedOnReason, m.CreatedAt }).ToListAsync(ct);
        return TypedResults.Ok(new MessageDetailResponse(message.ToResponse(), attempts.Select(a => a.ToResponse()).ToList())
        {
            SendRequestId = message.SendRequestId,
            WorkflowInstanceId = message.WorkflowInstanceId,
            Html = message.Html,
            Receipts = [.. receipts.OrderBy(r => r.OccurredAt).ThenBy(r => r.ReceivedAt).Select(r => r.ToResponse())],
            Route = [.. route.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .Select(m => new MessageRouteStep(m.Id, m.Channel, m.Provider, m.Status.ToString().ToLowerInvariant(), m.MovedOnReason, m.CreatedAt))],
            MovedOnReason = message.MovedOnReason,
            PreviousMessageId = message.PreviousMessageId,
            PossibleDuplicates = message.PossibleDuplicates,
        });
    }
}
