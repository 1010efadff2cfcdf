using Hub.Access;
using Hub.Access.Audit;
using System.Security.Claims;
using Hub.Api.Contracts;
using Hub.Host.Api.Mappings;
using Hub.Storage;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>
/// Workflow definitions of the caller's workspace: numbered versions (the published one is what new events start;
/// running instances finish on their own), one draft per workflow, publish and rollback.
/// </summary>
internal static class WorkflowsApi
{
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("workflows", "Workflows", AccessPolicies.ReadEdit);
        group.MapGet("", ListAsync).WithSummary("Lists the workflows, most recently changed first: published version number and whether a draft exists.");
        group.MapPost("/validate", ValidateAsync).Accepts<string>(WorkflowBody.MediaTypes[0], WorkflowBody.MediaTypes[1..])
            .WithSummary("Checks a workflow (YAML, or the same model in JSON) as a draft save would, storing nothing.");
        group.MapGet("/{id}", GetAsync).WithSummary("Shows a workflow: its published version with the YAML, every version, and the draft.");
        group.MapPut("/{id}/draft", PutDraftAsync).Accepts<string>(WorkflowBody.MediaTypes[0], WorkflowBody.MediaTypes[1..])
            .WithSummary("Saves the draft (YAML, or the same model in JSON) after validating it; 422 lists each error with line and field.");
        group.MapPost("/{id}/validate", ValidateForAsync).Accepts<string>(WorkflowBody.MediaTypes[0], WorkflowBody.MediaTypes[1..])
            .WithSummary("Checks a workflow for this id as a draft save would, storing nothing.");
        group.MapPost("/{id}/publish", PublishAsync).WithSummary("Publishes the draft as a new version (or republishes the version with the same text); running instances keep theirs.");
        group.MapPost("/{id}/rollback", RollbackAsync).WithSummary("Publishes stored version N again: {\"version\": N}.");
        return app;
    }

    private static async Task<Ok<List<WorkflowSummaryResponse>>> ListAsync(HubDbContext db, CancellationToken ct)
    {
        var records = await db.WorkflowDefinitions.AsNoTracking()
            .Select(r => new { r.WorkflowId, r.Number, r.Name, r.CreatedAt, r.PublishedAt }).ToListAsync(ct);
        var drafts = (await db.WorkflowDrafts.AsNoTracking().ToListAsync(ct)).ToDictionary(d => d.WorkflowId, StringComparer.Ordinal);
        var summaries = records.GroupBy(r => r.WorkflowId).Select(g =>
        {
            var published = g.Where(r => r.PublishedAt is not null).OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Number).FirstOrDefault();
            drafts.Remove(g.Key, out var draft);
            var changed = g.Max(r => r.PublishedAt ?? r.CreatedAt);
            return new WorkflowSummaryResponse(g.Key, draft?.Name ?? published?.Name ?? g.First().Name, published?.Number, draft is not null,
                draft is not null && draft.UpdatedAt > changed ? draft.UpdatedAt : changed);
        }).ToList();
        summaries.AddRange(drafts.Values.Select(d => new WorkflowSummaryResponse(d.WorkflowId, d.Name, null, true, d.UpdatedAt)));
        return TypedResults.Ok(summaries.OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<WorkflowDetailResponse>, ProblemHttpResult>> GetAsync(string id, HubDbContext db, CancellationToken ct)
    {
        var records = await db.WorkflowDefinitions.AsNoTracking().Where(r => r.WorkflowId == id).ToListAsync(ct);
        var draft = await db.WorkflowDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.WorkflowId == id, ct);
        if (records.Count == 0 && draft is null)
        {
            return NotFound(id);
        }
        var published = records.Where(r => r.PublishedAt is not null).OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Number).FirstOrDefault();
        var versions = records.OrderByDescending(r => r.Number).Select(r => r.ToResponse(r == published)).ToList();
        var changed = records.Select(r => r.PublishedAt ?? r.CreatedAt).Append(draft?.UpdatedAt ?? DateTimeOffset.MinValue).Max();
        return TypedResults.Ok(new WorkflowDetailResponse(
            id, draft?.Name ?? published?.Name ?? records[0].Name,
            published is null ? null : new WorkflowPublishedResponse(published.Number, published.Version, published.Source, published.PublishedAt!.Value),
            versions, draft?.ToResponse(), changed));
    }

    private static async Task<Results<Ok<WorkflowDraftResponse>, ProblemHttpResult>> PutDraftAsync(
        string id, HttpRequest request, WorkflowPublisher publisher, ITemplateCatalog templates, CancellationToken ct)
    {
        var (yaml, problem) = await WorkflowBody.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (definition, issues) = WorkflowChecks.Check(yaml!, id, templates);
        if (definition is null)
        {
            return WorkflowChecks.Invalid(issues);
        }
        var draft = await publisher.SaveDraftAsync(definition, ct);
        return draft is null ? Conflict("The draft was saved by another request at the same moment; save again.") : TypedResults.Ok(draft.ToResponse());
    }

    private static Task<Results<Ok<WorkflowValidationResponse>, ProblemHttpResult>> ValidateAsync(HttpRequest request, ITemplateCatalog templates, CancellationToken ct) =>
        ValidateBodyAsync(null, request, templates, ct);

    private static Task<Results<Ok<WorkflowValidationResponse>, ProblemHttpResult>> ValidateForAsync(string id, HttpRequest request, ITemplateCatalog templates, CancellationToken ct) =>
        ValidateBodyAsync(id, request, templates, ct);

    private static async Task<Results<Ok<WorkflowValidationResponse>, ProblemHttpResult>> ValidateBodyAsync(string? id, HttpRequest request, ITemplateCatalog templates, CancellationToken ct)
    {
        var (yaml, problem) = await WorkflowBody.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (definition, issues) = WorkflowChecks.Check(yaml!, id, templates);
        return TypedResults.Ok(new WorkflowValidationResponse(definition is not null, definition?.Id, issues));
    }

    private static async Task<Results<Ok<WorkflowVersionResponse>, ProblemHttpResult>> PublishAsync(
        string id, HubDbContext db, WorkflowPublisher publisher, ITemplateCatalog templates, IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var draft = await db.WorkflowDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.WorkflowId == id, ct);
        if (draft is null)
        {
            return await db.WorkflowDefinitions.AnyAsync(r => r.WorkflowId == id, ct)
                ? Conflict($"Workflow '{id}' has no draft to publish; save one with PUT /api/v1/workflows/{id}/draft.")
                : NotFound(id);
        }
        // Checked again: a template the draft names may have gone since it was saved.
        var (definition, issues) = WorkflowChecks.Check(draft.Source, id, templates);
        if (definition is null)
        {
            return WorkflowChecks.Invalid(issues);
        }
        // Recorded first: the publish commits it with the new version (or, when it fails, drops it with the change).
        var stored = await StoredAsync(db, id, ct);
        audit.Record(Caller.From(user)!, AuditActions.WorkflowPublished, AuditResources.Workflow, id,
            StoredVersion.Published(stored), StoredVersion.Publishing(stored, definition.Version));
        var record = await publisher.PublishAsync(definition, ct);
        return record is null ? Conflict("Another publish of this workflow committed at the same moment; look again.") : TypedResults.Ok(record.ToResponse(isPublished: true));
    }

    private static async Task<Results<Ok<WorkflowVersionResponse>, ValidationProblem, ProblemHttpResult>> RollbackAsync(
        string id, WorkflowRollbackRequest request, HubDbContext db, WorkflowPublisher publisher, IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.Version is not { } number)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Name the version number to publish again."] });
        }
        var target = await db.WorkflowDefinitions.AsNoTracking().FirstOrDefaultAsync(r => r.WorkflowId == id && r.Number == number, ct);
        if (target is null)
        {
            return await db.WorkflowDefinitions.AnyAsync(r => r.WorkflowId == id, ct)
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Workflow '{id}' has no version {number}.")
                : NotFound(id);
        }
        // A version stored before the language changed may no longer read; the engine would skip it, so it is refused here.
        if (WorkflowValidation.Read(target.Source, $"{id}@{number}") is { IsValid: false } read)
        {
            return WorkflowChecks.Invalid([.. read.Errors.Select(e => new WorkflowIssue(e.Line, e.Field, e.Message))]);
        }
        audit.Record(Caller.From(user)!, AuditActions.WorkflowRolledBack, AuditResources.Workflow, id,
            StoredVersion.Published(await StoredAsync(db, id, ct)), new StoredVersion(target.Number, target.Version, null).Audited());
        var record = await publisher.RollbackAsync(id, number, ct);
        return record is null ? NotFound(id) : TypedResults.Ok(record.ToResponse(isPublished: true));
    }

    private static Task<List<StoredVersion>> StoredAsync(HubDbContext db, string id, CancellationToken ct) =>
        db.WorkflowDefinitions.AsNoTracking().Where(r => r.WorkflowId == id).Select(r => new StoredVersion(r.Number, r.Version, r.PublishedAt)).ToListAsync(ct);

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Workflow '{id}' does not exist.");
}
