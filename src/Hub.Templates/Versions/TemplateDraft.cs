using Hub.Storage.Workspaces;

namespace Hub.Templates.Versions;

/// <summary>The one unpublished edit of a template in a workspace: valid when saved, rendered only by a draft preview.</summary>
public sealed class TemplateDraft : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string TemplateId { get; set; }

    /// <summary>The YAML as the editor wrote it (comments kept); a JSON draft is stored as its YAML form.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
