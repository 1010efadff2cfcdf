using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>Reads every template file directly in a directory, in file-name order.</summary>
internal static class TemplateDirectory
{
    public static (List<MessageTemplate> Templates, List<SpecError> Errors) Load(string directory) =>
        SpecDirectory.Load(directory, "template", TemplateReader.Read, t => t.Id);
}
