using Hub.Specs;
using Hub.Workflows.Internals;

namespace Hub.Workflows;

/// <summary>Reads one workflow from text (YAML, or JSON, which YAML reads too): a draft that is not a file.</summary>
public static class WorkflowText
{
    /// <param name="name">What errors call the text (the workflow id, or "draft").</param>
    /// <returns>The definition, or null with every error found.</returns>
    public static (WorkflowDefinition? Definition, IReadOnlyList<SpecError> Errors) Read(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spec = new SpecContext(name);
        var (definition, _) = WorkflowReader.Read(spec, text);
        return (spec.HasErrors ? null : definition, spec.Errors);
    }
}
