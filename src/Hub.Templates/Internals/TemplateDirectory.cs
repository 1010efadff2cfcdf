using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>Reads the layouts in <c>layouts/</c>, then every template file directly in a directory, in file-name order.</summary>
internal static class TemplateDirectory
{
    public const string LayoutsFolder = "layouts";

    public static (List<MessageTemplate> Templates, EmailLayouts Layouts, List<SpecError> Errors) Load(string directory)
    {
        var (layouts, layoutErrors) = EmailLayouts.LoadDirectory(Path.Combine(directory, LayoutsFolder));
        var (templates, errors) = SpecDirectory.Load(directory, "template", (spec, text) => TemplateReader.Read(spec, text, layouts), t => t.Id);
        return (templates, layouts, [.. layoutErrors, .. errors]);
    }
}
