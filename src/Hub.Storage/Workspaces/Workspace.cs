namespace Hub.Storage.Workspaces;

/// <summary>A tenant of this Hub: its connectors, workflows, templates, providers, messages and events are its own.</summary>
public sealed class Workspace
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
