using Hub.Specs;
using Hub.Templates;
using Hub.Workflows;

namespace Hub.Host.Infrastructure;

/// <summary>
/// The checks start-up makes on a workflows folder, for the commands that make them before anything runs
/// (<c>validate</c>, <c>import</c>): every template and workflow file reads, and, when they all do, every send step
/// names a template with its channels and every expression, and every template a send step names, reads only fields the events declare.
/// </summary>
internal static class WorkflowFolderValidation
{
    /// <returns>Every error, with file, line and field; empty when the folder would load at start-up.</returns>
    public static List<SpecError> Errors(string workflows, string templates)
    {
        var errors = new List<SpecError>();
        var templateErrors = TemplateCatalog.Validate(templates);
        errors.AddRange(templateErrors);
        var workflowErrors = WorkflowCatalog.Validate(workflows);
        errors.AddRange(workflowErrors);
        if (workflowErrors.Count == 0 && templateErrors.Count == 0)
        {
            var templateCatalog = TemplateCatalog.LoadDirectory(templates);
            var workflowCatalog = WorkflowCatalog.LoadDirectory(workflows);
            errors.AddRange(workflowCatalog.CheckTemplates(id => templateCatalog.Find(id)?.Channels));
            errors.AddRange(workflowCatalog.CheckEventFields(Hub.Events.EventCatalog.Default.DeclaresField));
            errors.AddRange(workflowCatalog.CheckTemplateFields(id => templateCatalog.Find(id)?.Reads, Hub.Events.EventCatalog.Default.DeclaresField));
        }
        return errors;
    }
}
