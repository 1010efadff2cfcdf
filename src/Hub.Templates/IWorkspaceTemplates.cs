namespace Hub.Templates;

/// <summary>The published templates of each workspace; what every render uses.</summary>
public interface IWorkspaceTemplates
{
    ITemplateCatalog ForWorkspace(string workspaceId);
}
