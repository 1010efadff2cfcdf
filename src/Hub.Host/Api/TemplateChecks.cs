using Hub.Api.Contracts;
using Hub.Events;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>
/// Everything a template text must pass before it is stored as a draft or published: it reads (YAML and Scriban,
/// with line), its id is the URL's, literal SMS text fits <c>max_segments</c>, and every field it reads is in the
/// event schema of each published workflow that sends it (as start-up checks the files), with line and column.
/// </summary>
internal static class TemplateChecks
{
    public static (MessageTemplate? Template, List<TemplateIssue> Issues) Check(string yaml, string routeId, WorkflowSet workflows, EmailLayouts layouts)
    {
        var (template, errors) = TemplateParser.Read(yaml, $"{routeId}.yaml", layouts);
        var issues = errors.Select(e => new TemplateIssue(e.Line, 0, e.Field, e.Message)).ToList();
        if (template is null)
        {
            return (null, issues);
        }
        if (template.Id != routeId)
        {
            issues.Add(new TemplateIssue(1, 0, "id", $"The id '{template.Id}' is not the template's id in the URL, '{routeId}'."));
        }
        issues.AddRange(template.Lint().Where(f => f.Severity == "error").Select(f => new TemplateIssue(f.Line, 0, f.Field ?? f.Channel, f.Message)));
        foreach (var workflow in workflows.Published)
        {
            // One read at a time, so that each problem keeps the column of the expression that reads the field.
            foreach (var read in template.Reads)
            {
                var found = WorkflowValidation.CheckTemplateFields(workflow, id => id == template.Id ? [read] : null, EventCatalog.Default.DeclaresField);
                issues.AddRange(found.Select(e => new TemplateIssue(read.Line, read.Column, read.Field, e.Message)));
            }
        }
        issues = [.. issues.DistinctBy(i => (i.Line, i.Column, i.Field, i.Message))];
        return (issues.Count == 0 ? template : null, issues);
    }

    /// <summary>422 listing each problem with its line, column and field.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<TemplateIssue> issues) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The template is not valid.",
            detail: string.Join(" ", issues.Take(5).Select(i => $"{i.Field} (line {i.Line}{(i.Column > 0 ? $", column {i.Column}" : "")}): {i.Message}")),
            extensions: new Dictionary<string, object?> { ["errors"] = issues });
}
