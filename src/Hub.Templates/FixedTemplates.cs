namespace Hub.Templates;

/// <summary>One catalogue for every workspace: a simulation or a command, which render from files, not the database.</summary>
public sealed class FixedTemplates(ITemplateCatalog templates) : IWorkspaceTemplates
{
    public ITemplateCatalog ForWorkspace(string workspaceId) => templates;
}
