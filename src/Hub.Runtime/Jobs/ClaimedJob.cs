namespace Hub.Runtime.Jobs;

/// <summary>A job this worker holds a lease on; <see cref="LeaseVersion"/> is the fencing token for completing it.</summary>
public sealed record ClaimedJob(long Id, string WorkspaceId, string Kind, string SubjectId, long LeaseVersion, int Attempts, int MaxAttempts);
