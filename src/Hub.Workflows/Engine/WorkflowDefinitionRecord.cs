using Hub.Storage.Workspaces;

namespace Hub.Workflows.Engine;

/// <summary>
/// One version of a workflow definition, numbered 1, 2, 3 per workflow; instances keep the version they started on.
/// The published version is the one published last (<see cref="PublishedAt"/>); rollback publishes an older one again.
/// </summary>
public sealed class WorkflowDefinitionRecord : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string WorkflowId { get; set; }

    /// <summary>The content hash (<see cref="WorkflowDefinition.Version"/>).</summary>
    public required string Version { get; set; }

    public int Number { get; set; }
    public required string Name { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
