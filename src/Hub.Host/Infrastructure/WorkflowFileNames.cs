using Hub.Workflows;

namespace Hub.Host.Infrastructure;

/// <summary>
/// Where <c>export</c> writes each workflow in a folder: over the file that already defines that id, whatever its name,
/// else <c>&lt;id&gt;.yaml</c>. Writing beside it would leave two files with one id, which the folder then refuses.
/// </summary>
internal sealed class WorkflowFileNames
{
    private readonly string _directory;
    private readonly Dictionary<string, string> _fileOfId = new(StringComparer.Ordinal);

    public WorkflowFileNames(string directory)
    {
        _directory = directory;
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal))
        {
            // A file that does not read defines no id it could clash with.
            if (WorkflowValidation.Read(File.ReadAllText(file), file).Definition is { } definition)
            {
                _fileOfId.TryAdd(definition.Id, file);
            }
        }
    }

    public string For(string workflowId) => _fileOfId.GetValueOrDefault(workflowId) ?? Path.Combine(_directory, $"{workflowId}.yaml");
}
