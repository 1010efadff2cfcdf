using Hub.Access;
using System.Text.Json.Nodes;
using Hub.Events;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Storage;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Engine;
using Hub.Workflows.Simulation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>
/// <c>POST /api/v1/workflows/{id}/simulate</c>: runs the published version (or the draft in <c>workflow</c>) against a
/// sample event or a stored one, on a virtual clock, sending nothing; answers the timeline and every message.
/// </summary>
internal static class WorkflowSimulationApi
{
    public static IEndpointRouteBuilder MapWorkflowSimulationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("workflows/{id}/simulate", "Workflows", AccessPolicies.ReadEdit);
        group.MapPost("", SimulateAsync);
        return app;
    }

    private static async Task<Results<Ok<SimulationResult>, ValidationProblem, ProblemHttpResult>> SimulateAsync(
        string id, JsonObject body, HubDbContext db, WorkflowVersions versions, WorkflowSimulator simulator,
        IEventCatalog catalog, ITemplateCatalog templates, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        WorkflowDefinition? workflow;
        if (body["workflow"] is { } draft)
        {
            workflow = ReadDraft(id, draft, templates, errors);
        }
        else
        {
            workflow = (await versions.ForWorkspaceAsync(db.WorkspaceId, ct)).FindPublished(id);
            if (workflow is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                    detail: $"Workflow '{id}' has no published version; send the definition as 'workflow' to simulate a draft.");
            }
        }
        string? missingId = null;
        var stored = await SampleEventArgument.ReadStoredAsync(body, db, errors, storedId => missingId = storedId, ct);
        if (missingId is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Event '{missingId}' does not exist.");
        }
        if (workflow is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The simulation request is not valid.");
        }
        var request = SimulationRequestReader.Read(body, workflow, stored, time.GetUtcNow(), catalog, errors);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The simulation request is not valid.");
        }
        return TypedResults.Ok(await simulator.RunAsync(request, ct));
    }

    /// <summary>A draft as YAML text, or as a JSON object (YAML reads JSON); checked as a saved draft would be.</summary>
    private static WorkflowDefinition? ReadDraft(string id, JsonNode draft, ITemplateCatalog templates, Dictionary<string, string[]> errors)
    {
        var text = draft is JsonValue value && value.TryGetValue<string>(out var yaml) ? yaml : draft is JsonObject ? draft.ToJsonString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["workflow"] = ["Must be the workflow as YAML text or as a JSON object."];
            return null;
        }
        var (definition, specErrors) = WorkflowText.Read(id, text);
        var problems = specErrors.ToList();
        if (definition is not null)
        {
            var drafted = new WorkflowCatalog([definition]);
            problems.AddRange(drafted.CheckTemplates(t => templates.Find(t)?.Channels));
            problems.AddRange(drafted.CheckTemplateFields(t => templates.Find(t)?.Reads, Hub.Events.EventCatalog.Default.DeclaresField));
            if (definition.Id != id)
            {
                errors["workflow.id"] = [$"The draft is '{definition.Id}', but the address names '{id}'."];
            }
        }
        if (problems.Count > 0)
        {
            errors["workflow"] = [.. problems.Select(p => $"line {p.Line}: {(p.Field.Length == 0 ? "" : p.Field + ": ")}{p.Message}")];
            return null;
        }
        return definition;
    }
}
