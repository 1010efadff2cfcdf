using Hub.Templates.Internals;
using Hub.Specs;

namespace Hub.Templates;

/// <summary>Message templates loaded once from <c>workflows/templates/</c>.</summary>
public sealed class TemplateCatalog : ITemplateCatalog
{
    private readonly Dictionary<string, MessageTemplate> _byId;

    /// <summary>Builds a catalog from loaded templates; ids must be unique.</summary>
    public TemplateCatalog(IEnumerable<MessageTemplate> templates, EmailLayouts? layouts = null)
    {
        Layouts = layouts ?? EmailLayouts.None;
        ArgumentNullException.ThrowIfNull(templates);
        _byId = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (!_byId.TryAdd(template.Id, template))
            {
                throw new ArgumentException($"Template id '{template.Id}' is used twice.", nameof(templates));
            }
        }
        All = [.. _byId.Values];
    }

    public IReadOnlyCollection<MessageTemplate> All { get; }

    /// <summary>The email layouts found in <c>layouts/</c> beside the templates; stored versions are read with them too.</summary>
    public EmailLayouts Layouts { get; }

    /// <summary>Loads every <c>*.yaml</c> directly in <paramref name="directory"/> and the layouts in its <c>layouts/</c>; throws listing every error.</summary>
    public static TemplateCatalog LoadDirectory(string directory)
    {
        var (templates, layouts, errors) = TemplateDirectory.Load(directory);
        return errors.Count > 0 ? throw new TemplateSpecException(errors) : new TemplateCatalog(templates, layouts);
    }

    /// <summary>Every error in the directory's template and layout files; empty when they all load.</summary>
    public static IReadOnlyList<SpecError> Validate(string directory) => TemplateDirectory.Load(directory).Errors;

    public MessageTemplate? Find(string id) => _byId.GetValueOrDefault(id);
}
