using Hub.Storage.Workspaces;

namespace Hub.Workflows.Engine;

/// <summary>One line of an instance's journal: a step's start and outcome, or what happened to the instance.</summary>
public sealed class WorkflowJournalEntry : IWorkspaceOwned
{
    public long Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid InstanceId { get; set; }

    /// <summary>Null for what happened to the instance as a whole (started, cancelled, resumed by an event).</summary>
    public string? StepId { get; set; }

    /// <summary>The step kind (<c>send</c>, <c>delay</c>) or <c>instance</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>What came of it: <c>next</c>, <c>then</c>, <c>sleep</c>, <c>wait</c>, <c>skipped</c>, <c>end</c>, <c>failed</c>, <c>started</c>, ...</summary>
    public required string Outcome { get; set; }

    /// <summary>A sentence for people (why a send sent nothing, which event resumed the wait).</summary>
    public string? Detail { get; set; }

    /// <summary>The step's inputs and outputs as JSON, kept small.</summary>
    public string? DataJson { get; set; }

    public DateTimeOffset At { get; set; }
}
