using Hub.Api.Contracts;
using Hub.Events;
using Hub.Specs;
using Hub.Templates;
using Hub.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>
/// Everything a workflow text must pass before it is stored: the reader (as at start-up), the templates its send
/// steps name (and the event fields those templates read), and, for a text sent to a workflow's URL, the same id as the URL.
/// </summary>
internal static class WorkflowChecks
{
    public static (WorkflowDefinition? Definition, List<WorkflowIssue> Issues) Check(string yaml, string? routeId, ITemplateCatalog templates)
    {
        var read = WorkflowValidation.Read(yaml, routeId is null ? "workflow" : $"{routeId}.yaml");
        var issues = read.Errors.Select(ToIssue).ToList();
        if (read.Definition is not { } definition)
        {
            return (null, issues);
        }
        issues.AddRange(WorkflowValidation.CheckTemplates(definition, id => templates.Find(id)?.Channels).Select(ToIssue));
        // Located in the template's file, not the workflow's: the field names that file so the line is not misread.
        issues.AddRange(WorkflowValidation.CheckTemplateFields(definition, id => templates.Find(id)?.Reads, EventCatalog.Default.DeclaresField)
            .Select(e => new WorkflowIssue(e.Line, $"{e.File}: {e.Field}", e.Message)));
        if (routeId is not null && definition.Id != routeId)
        {
            issues.Add(new WorkflowIssue(read.IdLine, "id", $"The id '{definition.Id}' is not the workflow's id in the URL, '{routeId}'."));
        }
        return (issues.Count == 0 ? definition : null, issues);
    }

    /// <summary>422 listing each problem with its line and field path.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<WorkflowIssue> issues) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The workflow is not valid.",
            detail: string.Join(" ", issues.Take(5).Select(i => $"{i.Field} (line {i.Line}): {i.Message}")),
            extensions: new Dictionary<string, object?> { ["errors"] = issues });

    private static WorkflowIssue ToIssue(SpecError error) => new(error.Line, error.Field, error.Message);
}
