namespace Hub.IntegrationTests.Workflows;

/// <summary>A temporary workflows folder (with its templates/ subfolder) for <c>Hub__WorkflowsPath</c>.</summary>
public sealed class WorkflowFolder : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-workflows-");

    public WorkflowFolder() => Directory.CreateDirectory(Path.Combine(_directory.FullName, "templates"));

    public string FullName => _directory.FullName;

    public WorkflowFolder Workflow(string id, string yaml)
    {
        File.WriteAllText(Path.Combine(FullName, $"{id}.yaml"), yaml.ReplaceLineEndings("\n"));
        return this;
    }

    public WorkflowFolder SmsTemplate(string id, string text)
    {
        File.WriteAllText(Path.Combine(FullName, "templates", $"{id}.yaml"), $"id: {id}\nsms:\n  en: \"{text}\"\n");
        return this;
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
