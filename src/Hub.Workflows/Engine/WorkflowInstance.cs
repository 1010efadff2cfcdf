using Hub.Storage.Workspaces;

namespace Hub.Workflows.Engine;

/// <summary>
/// One run of a workflow for one triggering event; unique per (workflow, event) so an event never starts a workflow
/// twice. Its position, variables and step outputs are stored after every run of steps, in the transaction of the
/// job that ran them; <see cref="Revision"/> makes two runs that race (a timer and a cancel) end in one outcome.
/// </summary>
public sealed class WorkflowInstance : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public Guid Id { get; set; }
    public required string WorkflowId { get; set; }

    /// <summary>The content hash of the definition version it started on; it finishes on that version.</summary>
    public required string WorkflowVersion { get; set; }

    public required string EventId { get; set; }
    public string? CorrelationKey { get; set; }
    public WorkflowInstanceStatus Status { get; set; }

    /// <summary>Index of the step to run next (or the step it waits in) in the version's program; -1 at the end.</summary>
    public int Cursor { get; set; }

    /// <summary>The id of the step at <see cref="Cursor"/>, so that another version can find it again.</summary>
    public string? CurrentStepId { get; set; }

    /// <summary>While waiting in <c>wait_for</c>: the event type it waits for (with <see cref="CorrelationKey"/>).</summary>
    public string? WaitEventType { get; set; }

    /// <summary>While waiting: when its timer fires (a delay's end or a wait's timeout); null waits for an event only.</summary>
    public DateTimeOffset? WakeAt { get; set; }

    /// <summary><c>{"vars": {...}, "steps": {...}}</c>: what <c>set</c> stored and what steps returned.</summary>
    public string StateJson { get; set; } = InstanceState.EmptyJson;

    /// <summary>Why it ended: an <c>end</c> step's reason, or what cancelled it.</summary>
    public string? EndReason { get; set; }

    public string? LastError { get; set; }

    /// <summary>The step whose failure faulted the instance or is being retried; null once a run gets past it.</summary>
    public string? FailedStepId { get; set; }

    /// <summary>How many runs in a row failed at <see cref="FailedStepId"/>; its retry policy allows that many tries.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Moves on with every change; a stale writer's update matches no row and is refused.</summary>
    public long Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Counts a failed try of <paramref name="stepId"/>: the tries of one step add up, another step starts at one.</summary>
    public void CountFailureAt(string stepId)
    {
        FailedAttempts = FailedStepId == stepId ? FailedAttempts + 1 : 1;
        FailedStepId = stepId;
    }

    /// <summary>Marks a change: a new revision, so that a writer holding the old one is refused.</summary>
    public void Touch(DateTimeOffset now)
    {
        Revision++;
        UpdatedAt = now;
    }
}
