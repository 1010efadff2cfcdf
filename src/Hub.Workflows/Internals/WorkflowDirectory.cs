using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads every workflow file directly in a directory (not <c>templates/</c> below it), in file-name order.</summary>
internal static class WorkflowDirectory
{
    public static (List<WorkflowDefinition> Definitions, List<SpecError> Errors) Load(string directory) =>
        SpecDirectory.Load(directory, "workflow", WorkflowReader.Read, d => d.Id);
}
