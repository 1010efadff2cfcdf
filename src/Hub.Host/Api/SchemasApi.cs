using Hub.Access;
using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Events;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>The canonical event catalogue: one JSON Schema per event type, the value of each event's <c>dataschema</c>.</summary>
internal static class SchemasApi
{
    public static IEndpointRouteBuilder MapSchemasApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("schemas", "Schemas", AccessPolicies.ReadEdit);
        group.MapGet("", List);
        group.MapGet("/workflow", GetWorkflow).WithSummary("The JSON Schema (draft 2020-12) of workflow YAML, for editors to complete and check files.");
        group.MapGet("/{type}", Get);
        return app;
    }

    private static Ok<List<SchemaSummary>> List(IEventCatalog catalog) =>
        TypedResults.Ok(catalog.Types.Select(t => new SchemaSummary(t, catalog.SchemaId(t), $"/api/v1/schemas/{t}")).ToList());

    // A literal segment wins over {type}, and event types always have a dot, so "workflow" is never an event type.
    private static ContentHttpResult GetWorkflow() => TypedResults.Content(Hub.Workflows.WorkflowSchema.Text, "application/schema+json");

    private static Results<ContentHttpResult, ProblemHttpResult> Get(string type, IEventCatalog catalog) =>
        catalog.Schema(type) is JsonObject schema
            ? TypedResults.Content(schema.ToJsonString(), "application/schema+json")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"No canonical event type '{type}'. Known types: {string.Join(", ", catalog.Types)}.");
}
