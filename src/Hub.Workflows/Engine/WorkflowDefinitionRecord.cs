using Hub.Storage.Workspaces;

namespace Hub.Workflows.Engine;

/// <summary>One version of a workflow definition; instances keep the version they started on.</summary>
public sealed class WorkflowDefinitionRecord : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string WorkflowId { get; set; }
    public required string Version { get; set; }
    public required string Name { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
