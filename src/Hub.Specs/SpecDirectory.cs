namespace Hub.Specs;

/// <summary>
/// Reads every definition file (<c>*.yaml</c>, <c>*.yml</c>) directly in a directory, in file-name order, collecting
/// every error and refusing a second file with an id already taken.
/// </summary>
public static class SpecDirectory
{
    /// <param name="kind">What the files define, for messages: "workflow", "template".</param>
    /// <param name="read">Parses one file's text; returns the definition (null on errors, reported to the context) and the line of its id.</param>
    public static (List<T> Definitions, List<SpecError> Errors) Load<T>(
        string directory, string kind, Func<SpecContext, string, (T? Definition, int IdLine)> read, Func<T, string> idOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(idOf);
        var definitions = new List<T>();
        var errors = new List<SpecError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new SpecError(directory, 0, "", $"The {kind}s directory does not exist."));
            return (definitions, errors);
        }
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal))
        {
            var spec = new SpecContext(file);
            var (definition, idLine) = Read(spec, file, read);
            errors.AddRange(spec.Errors);
            if (definition is null)
            {
                continue;
            }
            var id = idOf(definition);
            if (!firstFileOfId.TryAdd(id, file))
            {
                errors.Add(new SpecError(file, idLine, "id", $"{char.ToUpperInvariant(kind[0])}{kind[1..]} id '{id}' is already used by {firstFileOfId[id]}."));
                continue;
            }
            definitions.Add(definition);
        }
        return (definitions, errors);
    }

    private static (T?, int) Read<T>(SpecContext spec, string file, Func<SpecContext, string, (T?, int)> read)
        where T : class
    {
        try
        {
            return read(spec, File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            spec.Error(0, "", $"Cannot read the file: {ex.Message}");
            return (null, 0);
        }
    }
}
