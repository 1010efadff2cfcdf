using Hub.Storage.Workspaces;

namespace Hub.Templates.Versions.Internals;

/// <summary>The caller's workspace's published templates, read at each use (the workspace is entered after the scope starts).</summary>
internal sealed class WorkspaceTemplateCatalog(IWorkspaceTemplates templates, WorkspaceScope workspace) : ITemplateCatalog
{
    public IReadOnlyCollection<MessageTemplate> All => templates.ForWorkspace(workspace.Id).All;

    public MessageTemplate? Find(string id) => templates.ForWorkspace(workspace.Id).Find(id);
}
