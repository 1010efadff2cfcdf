using Hub.Specs;
using Hub.Workflows.Internals;

namespace Hub.Workflows;

/// <summary>
/// Reads one workflow text that did not come from the shipped files (an editor's draft through the API) with the same
/// reader as the files, so a draft that saves is a file that loads. The text is untrusted: before the reader builds
/// its tree, a streaming pass refuses nesting deeper than any workflow needs and YAML aliases, which would let a small
/// body make the reader walk the same nodes exponentially often.
/// </summary>
public static class WorkflowValidation
{
    /// <summary>Far beyond real workflows (a branch inside a branch is about six levels), far below a stack's reach.</summary>
    public const int MaxDepth = 64;

    /// <summary>The step kinds the reader understands, e.g. for a schema that must cover each of them.</summary>
    public static IReadOnlyCollection<string> StepKindNames => StepKinds.Names;

    /// <param name="text">The workflow in YAML.</param>
    /// <param name="file">What errors name as the file, e.g. <c>draft</c>.</param>
    public static WorkflowValidationResult Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spec = new SpecContext(file);
        if (UntrustedYaml.Check(spec, text))
        {
            var (definition, idLine) = WorkflowReader.Read(spec, text);
            if (definition is not null && spec.Errors.Count == 0)
            {
                return new WorkflowValidationResult(definition with { File = null }, [], idLine);
            }
            return new WorkflowValidationResult(null, spec.Errors, idLine);
        }
        return new WorkflowValidationResult(null, spec.Errors);
    }

    /// <summary>Send steps whose template is missing or lacks a variant for one of their channels.</summary>
    /// <param name="channelsOfTemplate">The channels a template has variants for, or null when there is no such template.</param>
    public static IReadOnlyList<SpecError> CheckTemplates(WorkflowDefinition definition, Func<string, IReadOnlyCollection<string>?> channelsOfTemplate)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(channelsOfTemplate);
        return [.. TemplateReferences.Check(definition, channelsOfTemplate)];
    }

    /// <summary>Templates of send steps that read fields the trigger event's schema does not have.</summary>
    public static IReadOnlyList<SpecError> CheckTemplateFields(WorkflowDefinition definition,
        Func<string, IReadOnlyList<SpecRead>?> readsOfTemplate, Func<string, IReadOnlyList<string>, bool?> declares)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(readsOfTemplate);
        ArgumentNullException.ThrowIfNull(declares);
        return [.. TemplateFieldReferences.Check(definition, readsOfTemplate, declares)];
    }
}
