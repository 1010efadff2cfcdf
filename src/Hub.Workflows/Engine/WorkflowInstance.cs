using Hub.Storage.Workspaces;

namespace Hub.Workflows.Engine;

/// <summary>One run of a workflow for one triggering event; unique per (workflow, event) so an event never starts a workflow twice.</summary>
public sealed class WorkflowInstance : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public Guid Id { get; set; }
    public required string WorkflowId { get; set; }
    public required string WorkflowVersion { get; set; }
    public required string EventId { get; set; }
    public string? CorrelationKey { get; set; }
    public WorkflowInstanceStatus Status { get; set; }

    /// <summary>Index of the next step to run.</summary>
    public int Cursor { get; set; }

    /// <summary>The id of the step at <see cref="Cursor"/>, so that a new definition version can find it again.</summary>
    public string? CurrentStepId { get; set; }

    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
