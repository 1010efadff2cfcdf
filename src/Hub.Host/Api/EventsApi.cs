using Hub.Access;
using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("events", "Events", AccessPolicies.ReadEdit);
        group.MapGet("", ListAsync);
        group.MapPost("", PublishAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/retry", RetryAsync);
        return app;
    }

    /// <summary>Canonical events, newest first; filter by <c>connector</c>, <c>type</c>, <c>status</c>.</summary>
    private static async Task<Results<Ok<List<EventResponse>>, ValidationProblem>> ListAsync(
        HubDbContext db, string? connector, string? type, string? status, int? limit, int? offset, CancellationToken ct)
    {
        var query = db.Events.AsNoTracking();
        if (!string.IsNullOrEmpty(connector))
        {
            query = query.Where(e => e.ConnectorId == connector);
        }
        if (!string.IsNullOrEmpty(type))
        {
            query = query.Where(e => e.Type == type);
        }
        if (!StatusFilter.TryRead<EventStatus>(status, out var wanted, out var errors))
        {
            return TypedResults.ValidationProblem(errors!);
        }
        if (wanted is { } statusWanted)
        {
            query = query.Where(e => e.Status == statusWanted);
        }
        var events = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        return TypedResults.Ok(events.Select(e => e.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<EventDetailResponse>, ProblemHttpResult>> GetAsync(string id, HubDbContext db, CancellationToken ct)
    {
        var record = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null)
        {
            return NotFound(id);
        }
        var request = record.InboundRequestId is null
            ? null
            : await db.InboundRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == record.InboundRequestId, ct);
        return TypedResults.Ok(new EventDetailResponse(
            record.ToResponse(), request is null ? null : request.ToResponse(includeBody: true)));
    }

    /// <summary>
    /// An internal app posts a canonical event (CloudEvents 1.0 JSON) straight into the workflows. 202 once stored;
    /// 200 for a resend of the same (source, id); 400 naming each invalid field.
    /// </summary>
    private static async Task<Results<Accepted<PublishedEvent>, Ok<PublishedEvent>, ValidationProblem>> PublishAsync(
        JsonObject cloudEvent, EventPublisher publisher, CancellationToken ct)
    {
        var result = await publisher.PublishAsync(cloudEvent, ct);
        if (!result.Accepted)
        {
            return TypedResults.ValidationProblem(result.Errors, title: "The event is not a valid canonical event.");
        }
        var published = new PublishedEvent(result.EventId!, result.Duplicate);
        return result.Duplicate
            ? TypedResults.Ok(published)
            : TypedResults.Accepted($"/api/v1/events/{result.EventId}", published);
    }

    /// <summary>Re-queues a dead-lettered event (after its workflow or template was fixed).</summary>
    private static async Task<Results<Accepted<EventResponse>, ProblemHttpResult>> RetryAsync(
        string id, HubDbContext db, JobQueue queue, JobSignal signal, CancellationToken ct)
    {
        var record = await db.Events.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null)
        {
            return NotFound(id);
        }
        if (record.Status != EventStatus.Failed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not failed",
                detail: $"Event '{id}' is {record.Status.ToString().ToLowerInvariant()}; only failed events can be retried.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await queue.RequeueOrEnqueueAsync(EventStore.RouteJobKind, id, ct);
        record.Status = EventStatus.Pending;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/events/{id}", record.ToResponse());
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Event '{id}' does not exist.");
}
