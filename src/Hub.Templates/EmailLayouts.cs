using Hub.Specs;
using Hub.Templates.Internals;

namespace Hub.Templates;

/// <summary>
/// The email layouts in <c>workflows/templates/layouts/</c>: the shared header, footer and unsubscribe link around an
/// email's HTML (inserted as <c>{{ content }}</c>), chosen by <c>layout:</c> in an email variant. A layout is a
/// <c>.yaml</c> file (<c>id</c>, <c>html</c>, optional <c>text</c>) or an <c>.html</c> file named by its id.
/// </summary>
public sealed class EmailLayouts
{
    public static EmailLayouts None { get; } = new([]);

    private readonly Dictionary<string, EmailLayout> _byId;

    internal EmailLayouts(IEnumerable<EmailLayout> layouts) =>
        _byId = layouts.ToDictionary(l => l.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _byId.Keys;

    internal EmailLayout? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The layouts in <paramref name="directory"/> (none when it does not exist), and every error in their files.</summary>
    public static (EmailLayouts Layouts, IReadOnlyList<SpecError> Errors) LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return (None, []);
        }
        var layouts = new List<EmailLayout>();
        var errors = new List<SpecError>();
        var files = Directory.EnumerateFiles(directory).Where(f => Path.GetExtension(f) is ".yaml" or ".yml" or ".html").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var spec = new SpecContext(file);
            var layout = EmailLayoutReader.Read(spec, File.ReadAllText(file));
            errors.AddRange(spec.Errors);
            if (layout is not null && layouts.Any(l => l.Id == layout.Id))
            {
                errors.Add(new SpecError(file, 0, "id", $"Layout id '{layout.Id}' is used twice."));
            }
            else if (layout is not null)
            {
                layouts.Add(layout);
            }
        }
        return (new EmailLayouts(layouts), errors);
    }
}
