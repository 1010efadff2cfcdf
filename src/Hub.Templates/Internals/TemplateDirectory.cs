using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>Reads every template file directly in a directory, in file-name order.</summary>
internal static class TemplateDirectory
{
    public static (List<MessageTemplate> Templates, List<SpecError> Errors) Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var templates = new List<MessageTemplate>();
        var errors = new List<SpecError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new SpecError(directory, 0, "", "The templates directory does not exist."));
            return (templates, errors);
        }
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files(directory))
        {
            var spec = new SpecContext(file);
            var (template, idLine) = Read(spec, file);
            errors.AddRange(spec.Errors);
            if (template is null)
            {
                continue;
            }
            if (!firstFileOfId.TryAdd(template.Id, file))
            {
                errors.Add(new SpecError(file, idLine, "id", $"Template id '{template.Id}' is already used by {firstFileOfId[template.Id]}."));
                continue;
            }
            templates.Add(template);
        }
        return (templates, errors);
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal);

    private static (MessageTemplate?, int) Read(SpecContext spec, string file)
    {
        try
        {
            return TemplateReader.Read(spec, File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            spec.Error(0, "", $"Cannot read the file: {ex.Message}");
            return (null, 0);
        }
    }
}
