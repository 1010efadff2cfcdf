namespace Hub.Tests.Workflows;

/// <summary>A throwaway directory of spec files, for tests of what the loaders say about broken ones.</summary>
internal sealed class SpecDirectory : IDisposable
{
    public SpecDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-spec-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="yaml"/> (dedented raw string) and returns the full path.</summary>
    public string Write(string name, string yaml)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, yaml);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
