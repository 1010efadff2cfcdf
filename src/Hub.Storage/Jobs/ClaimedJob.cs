namespace Hub.Storage.Jobs;

/// <summary>A job this worker holds a lease on; <see cref="LeaseVersion"/> is the fencing token for completing it.</summary>
public sealed record ClaimedJob(long Id, string Kind, string SubjectId, long LeaseVersion, int Attempts, int MaxAttempts);
