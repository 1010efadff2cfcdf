using Hub.Specs;
using Hub.Templates.Internals;

namespace Hub.Templates;

/// <summary>Reads one template text, as a file at start-up or a draft sent to the API, with every error it has.</summary>
public static class TemplateParser
{
    /// <param name="file">What errors name: the file, or <c>{id}@{number}</c> for a stored version.</param>
    /// <param name="layouts">The email layouts a variant may name; <see cref="TemplateCatalog.Layouts"/> of the files.</param>
    public static (MessageTemplate? Template, IReadOnlyList<SpecError> Errors) Read(string text, string file, EmailLayouts? layouts = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spec = new SpecContext(file);
        var (template, _) = TemplateReader.Read(spec, text, layouts ?? EmailLayouts.None);
        return (template, spec.Errors);
    }
}
