namespace Hub.Tests;

/// <summary>A throwaway directory for definition files (connector specs, workflows, templates) written by a test.</summary>
internal sealed class TempSpecDirectory : IDisposable
{
    public TempSpecDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-connector-specs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string fileName, string yaml)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, yaml.ReplaceLineEndings("\n"));
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
