using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads every workflow file directly in a directory (not <c>templates/</c> below it), in file-name order.</summary>
internal static class WorkflowDirectory
{
    public static (List<WorkflowDefinition> Definitions, List<SpecError> Errors) Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var definitions = new List<WorkflowDefinition>();
        var errors = new List<SpecError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new SpecError(directory, 0, "", "The workflows directory does not exist."));
            return (definitions, errors);
        }
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files(directory))
        {
            var spec = new SpecContext(file);
            var (definition, idLine) = Read(spec, file);
            errors.AddRange(spec.Errors);
            if (definition is null)
            {
                continue;
            }
            if (!firstFileOfId.TryAdd(definition.Id, file))
            {
                errors.Add(new SpecError(file, idLine, "id", $"Workflow id '{definition.Id}' is already used by {firstFileOfId[definition.Id]}."));
                continue;
            }
            definitions.Add(definition);
        }
        return (definitions, errors);
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal);

    private static (WorkflowDefinition?, int) Read(SpecContext spec, string file)
    {
        try
        {
            return WorkflowReader.Read(spec, File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            spec.Error(0, "", $"Cannot read the file: {ex.Message}");
            return (null, 0);
        }
    }
}
