using Hub.Storage.Workspaces;

namespace Hub.Workflows.Engine;

/// <summary>
/// The one unpublished edit of a workflow in a workspace: valid when saved, run by nothing until it is published
/// (then it becomes a numbered <see cref="WorkflowDefinitionRecord"/> and the draft is gone).
/// </summary>
public sealed class WorkflowDraft : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string WorkflowId { get; set; }
    public required string Name { get; set; }

    /// <summary>The YAML as the editor wrote it (comments kept); a JSON draft is stored as its YAML form.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
