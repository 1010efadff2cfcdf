using Hub.Access;
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

/// <summary>Stored webhooks: what arrived, whether it became events, and why not.</summary>
internal static class InboundApi
{
    public static IEndpointRouteBuilder MapInboundApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("inbound", "Inbound requests", AccessPolicies.ReadEdit);
        group.MapGet("", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync);
        group.MapPost("/{id:guid}/replay", ReplayAsync);
        return app;
    }

    private static async Task<Results<Ok<List<InboundRequestResponse>>, ValidationProblem>> ListAsync(
        HubDbContext db, string? connector, string? status, int? limit, int? offset, CancellationToken ct)
    {
        var query = db.InboundRequests.AsNoTracking();
        if (!string.IsNullOrEmpty(connector))
        {
            query = query.Where(r => r.ConnectorId == connector);
        }
        if (!StatusFilter.TryRead<InboundStatus>(status, out var wanted, out var errors))
        {
            return TypedResults.ValidationProblem(errors!);
        }
        if (wanted is { } statusWanted)
        {
            query = query.Where(r => r.Status == statusWanted);
        }
        // Lists never show bodies: leave them in the database rather than read kilobytes per row and drop them.
        var requests = await query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit))
            .Select(r => new InboundRequest
            {
                Id = r.Id, WorkspaceId = r.WorkspaceId, ConnectorId = r.ConnectorId, DeliveryId = r.DeliveryId,
                SourceEventType = r.SourceEventType, Method = r.Method, Path = r.Path, ContentType = r.ContentType,
                HeadersJson = r.HeadersJson, Body = Array.Empty<byte>(), ReceivedAt = r.ReceivedAt, Status = r.Status,
                Attempts = r.Attempts, LastError = r.LastError, ProcessedAt = r.ProcessedAt, Replays = r.Replays,
            })
            .ToListAsync(ct);
        return TypedResults.Ok(requests.Select(r => r.ToResponse(includeBody: false)).ToList());
    }

    private static async Task<Results<Ok<InboundRequestResponse>, ProblemHttpResult>> GetAsync(Guid id, HubDbContext db, CancellationToken ct)
    {
        var request = await db.InboundRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is null ? NotFound(id) : TypedResults.Ok(request.ToResponse(includeBody: true));
    }

    /// <summary>Re-queues a failed request for normalization, e.g. after its connector spec was fixed.</summary>
    private static async Task<Results<Accepted<InboundRequestResponse>, ProblemHttpResult>> RetryAsync(
        Guid id, HubDbContext db, JobQueue queue, JobSignal signal, CancellationToken ct)
    {
        var request = await db.InboundRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return NotFound(id);
        }
        if (request.Status != InboundStatus.Failed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not failed",
                detail: $"Request '{id}' is {request.Status.ToString().ToLowerInvariant()}; only failed requests can be retried.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await queue.RequeueOrEnqueueAsync(IntakeJobKinds.Ingest, id.ToString(), ct);
        request.Status = InboundStatus.Pending;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/inbound/{id}", request.ToResponse(includeBody: false));
    }

    /// <summary>
    /// Normalizes a stored request again with today's connector spec, as if the source had resent it: after a spec
    /// fix, or to pick up an event type that used to be ignored. Events it had already produced are kept; the replay's
    /// events get new ids and flow through the workflows again.
    /// </summary>
    private static async Task<Results<Accepted<InboundRequestResponse>, ProblemHttpResult>> ReplayAsync(
        Guid id, HubDbContext db, JobQueue queue, JobSignal signal, CancellationToken ct)
    {
        var request = await db.InboundRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return NotFound(id);
        }
        if (request.Status == InboundStatus.Pending)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Pending",
                detail: $"Request '{id}' is still waiting to be processed; replay it once it is done.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (request.Status == InboundStatus.Processed)
        {
            request.Replays++;
        }
        await queue.RequeueOrEnqueueAsync(IntakeJobKinds.Ingest, id.ToString(), ct);
        request.Status = InboundStatus.Pending;
        request.LastError = null;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/inbound/{id}", request.ToResponse(includeBody: false));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Inbound request '{id}' does not exist.");
}
