using Hub.Access;
using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Storage;
using Hub.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>Workflow instances of the caller's workspace: where each stands, what it did, and cancel or retry.</summary>
internal static class WorkflowInstancesApi
{
    public static IEndpointRouteBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("workflow-instances", "Workflow instances", AccessPolicies.ReadEdit);
        group.MapGet("", ListAsync).WithSummary("Lists instances, newest first; filters workflow, status (running, waiting, completed, cancelled, faulted) and key.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("Shows one instance: position, timer, state (vars and step outputs) and its journal in order.");
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("Cancels a running or waiting instance; 409 for one that has ended or faulted.");
        group.MapPost("/{id:guid}/retry", RetryAsync).WithSummary("Resumes a faulted instance at the step that failed (on the published version when it has that step); 409 otherwise.");
        return app;
    }

    private static async Task<Results<Ok<List<WorkflowInstanceResponse>>, ValidationProblem>> ListAsync(
        HubDbContext db, string? workflow, string? status, string? key, int? limit, int? offset, CancellationToken ct)
    {
        if (!StatusFilter.TryRead<WorkflowInstanceStatus>(status, out var wanted, out var errors))
        {
            return TypedResults.ValidationProblem(errors!);
        }
        var query = db.WorkflowInstances.AsNoTracking();
        if (!string.IsNullOrEmpty(workflow))
        {
            query = query.Where(i => i.WorkflowId == workflow);
        }
        if (wanted is { } statusWanted)
        {
            query = query.Where(i => i.Status == statusWanted);
        }
        if (!string.IsNullOrEmpty(key))
        {
            query = query.Where(i => i.CorrelationKey == key);
        }
        var instances = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        var numbers = await VersionNumbersAsync(db, instances, ct);
        return TypedResults.Ok(instances.Select(i => i.ToResponse(numbers.GetValueOrDefault((i.WorkflowId, i.WorkflowVersion)))).ToList());
    }

    private static async Task<Results<Ok<WorkflowInstanceDetailResponse>, ProblemHttpResult>> GetAsync(Guid id, HubDbContext db, CancellationToken ct)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
        {
            return NotFound(id);
        }
        var journal = await db.WorkflowJournal.AsNoTracking().Where(e => e.InstanceId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var numbers = await VersionNumbersAsync(db, [instance], ct);
        return TypedResults.Ok(instance.ToDetail(numbers.GetValueOrDefault((instance.WorkflowId, instance.WorkflowVersion)), journal));
    }

    private static async Task<Results<Ok<WorkflowInstanceResponse>, ProblemHttpResult>> CancelAsync(Guid id, HubDbContext db, WorkflowInstances instances, CancellationToken ct)
    {
        var result = await instances.CancelAsync(id, "cancelled through the API", ct);
        return await AnswerAsync(id, result, db, TypedResults.Ok, ct);
    }

    private static async Task<Results<Accepted<WorkflowInstanceResponse>, ProblemHttpResult>> RetryAsync(Guid id, HubDbContext db, WorkflowInstances instances, CancellationToken ct)
    {
        var result = await instances.RetryAsync(id, ct);
        return await AnswerAsync(id, result, db, r => TypedResults.Accepted($"/api/v1/workflow-instances/{id}", r), ct);
    }

    private static async Task<Results<TSuccess, ProblemHttpResult>> AnswerAsync<TSuccess>(
        Guid id, InstanceCommandResult result, HubDbContext db, Func<WorkflowInstanceResponse, TSuccess> success, CancellationToken ct)
        where TSuccess : IResult
    {
        switch (result.Outcome)
        {
            case InstanceCommandOutcome.NotFound:
                return NotFound(id);
            case InstanceCommandOutcome.Conflict:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: $"Instance {id}: {result.Detail}.");
            default:
                var instance = result.Instance!;
                var numbers = await VersionNumbersAsync(db, [instance], ct);
                return success(instance.ToResponse(numbers.GetValueOrDefault((instance.WorkflowId, instance.WorkflowVersion))));
        }
    }

    /// <summary>Instances record the content hash of their version; people read its number.</summary>
    private static async Task<Dictionary<(string WorkflowId, string Version), int>> VersionNumbersAsync(HubDbContext db, IReadOnlyCollection<WorkflowInstance> instances, CancellationToken ct)
    {
        var workflowIds = instances.Select(i => i.WorkflowId).Distinct().ToList();
        var records = await db.WorkflowDefinitions.AsNoTracking().Where(r => workflowIds.Contains(r.WorkflowId))
            .Select(r => new { r.WorkflowId, r.Version, r.Number }).ToListAsync(ct);
        return records.ToDictionary(r => (r.WorkflowId, r.Version), r => r.Number);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Workflow instance {id} does not exist.");
}
