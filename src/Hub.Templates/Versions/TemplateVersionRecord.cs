using Hub.Storage.Workspaces;

namespace Hub.Templates.Versions;

/// <summary>
/// One version of a template, numbered 1, 2, 3 per template. The published version is the one published last
/// (<see cref="PublishedAt"/>); rollback publishes an older one again.
/// </summary>
public sealed class TemplateVersionRecord : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string TemplateId { get; set; }

    /// <summary>The content hash (<see cref="MessageTemplate.Version"/>).</summary>
    public required string Version { get; set; }

    public int Number { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
