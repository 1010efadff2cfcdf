using Hub.Storage.Workspaces;

namespace Hub.Runtime.Jobs;

/// <summary>
/// A unit of background work. Claimed with a lease; <see cref="LeaseVersion"/> fences a worker whose lease expired,
/// so its late completion is refused. Completed jobs are deleted in the same transaction as their effects.
/// </summary>
public sealed class Job : IWorkspaceOwned
{
    public long Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public required string Kind { get; set; }

    /// <summary>The lane it waits in (<see cref="JobLanes"/>): each lane has its own workers, so a bulk backlog never delays a confirmation.</summary>
    public string Lane { get; set; } = JobLanes.Default;

    public required string SubjectId { get; set; }
    public JobStatus Status { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; set; }

    /// <summary>Earliest time to run, as Unix milliseconds (integers compare the same way on every database).</summary>
    public long RunAt { get; set; }

    public string? LeaseOwner { get; set; }
    public long? LeaseExpiresAt { get; set; }
    public long LeaseVersion { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
