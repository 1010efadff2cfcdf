using System.Text.RegularExpressions;
using Hub.Access;
using Hub.Access.Workspaces;
using Hub.Api.Contracts;
using Hub.Storage;
using Hub.Storage.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>Workspaces, for owners: each one's connectors, providers, workflows, templates, contacts and keys are its own.</summary>
internal static partial class WorkspacesApi
{
    private const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapWorkspacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("workspaces", "Workspaces", AccessPolicies.Owner);
        group.MapPost("", CreateAsync).WithSummary("Creates a workspace; the bootstrap key acts in it with the Hub-Workspace header.");
        group.MapGet("", ListAsync).WithSummary("Lists every workspace.");
        return app;
    }

    private static async Task<Results<Created<WorkspaceResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        WorkspaceRequest request, HubDbContext db, WorkspaceDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Id is null || !IdPattern().IsMatch(request.Id))
        {
            errors["id"] = ["The id must be 1 to 64 lower-case letters, digits and dashes, starting with a letter or digit."];
        }
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The workspace is not valid.");
        }
        if (await db.Workspaces.AnyAsync(w => w.Id == request.Id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Workspace exists",
                detail: $"A workspace '{request.Id}' exists already.");
        }
        var workspace = new Workspace { Id = request.Id!, Name = name!, CreatedAt = time.GetUtcNow() };
        db.Workspaces.Add(workspace);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Workspace exists",
                detail: $"A workspace '{request.Id}' was created meanwhile.");
        }
        await directory.ChangedAsync(ct);
        return TypedResults.Created($"/api/v1/workspaces/{workspace.Id}", new WorkspaceResponse(workspace.Id, workspace.Name, workspace.CreatedAt));
    }

    private static async Task<Ok<List<WorkspaceResponse>>> ListAsync(HubDbContext db, CancellationToken ct)
    {
        var all = await db.Workspaces.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct);
        return TypedResults.Ok(all.Select(w => new WorkspaceResponse(w.Id, w.Name, w.CreatedAt)).ToList());
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
