using Hub.Specs;
using Hub.Templates.Internals;

namespace Hub.Templates;

/// <summary>Reads one template text, as a file at start-up or a draft sent to the API, with every error it has.</summary>
public static class TemplateParser
{
    /// <param name="file">What errors name: the file, or <c>{id}@{number}</c> for a stored version.</param>
    public static (MessageTemplate? Template, IReadOnlyList<SpecError> Errors) Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spec = new SpecContext(file);
        var (template, _) = TemplateReader.Read(spec, text);
        return (template, spec.Errors);
    }
}
