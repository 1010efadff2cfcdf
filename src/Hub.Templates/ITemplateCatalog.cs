namespace Hub.Templates;

/// <summary>The loaded message templates.</summary>
public interface ITemplateCatalog
{
    MessageTemplate? Find(string id);

    IReadOnlyCollection<MessageTemplate> All { get; }
}
