namespace Hub.Workflows;

/// <summary>One workflow file as loaded: what starts it and what it does.</summary>
public sealed class WorkflowDefinition
{
    public required string Id { get; init; }

    /// <summary>For people; the id when the file gives no name.</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of the file (line endings normalised), so that the same text gives
    /// the same version on every machine and any edit gives a new one.
    /// </summary>
    public required string Version { get; init; }

    public required WorkflowTrigger Trigger { get; init; }

    public required IReadOnlyList<WorkflowStep> Steps { get; init; }

    /// <summary>The file the definition came from; null when it was built in code.</summary>
    public string? File { get; init; }
}
